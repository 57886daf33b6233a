import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The references of `match_scores` are checked once per statement instead of once per row. A full
 * run writes about 60,000 rows, and the three foreign keys' row-by-row checks cost PostgreSQL more
 * than storing the rows. Triggers keep what the foreign keys guaranteed:
 * - a row refers to an existing run and companies, which stay locked (FOR KEY SHARE, as a foreign
 *   key locks them) until the writing transaction ends, so a concurrent delete waits for it;
 * - deleting or truncating a run or a company removes its rows in the same transaction.
 */
export class MatchScoreReferences1764133800000 implements MigrationInterface {
  name = 'MatchScoreReferences1764133800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE match_scores
        DROP CONSTRAINT match_scores_run_id_fkey,
        DROP CONSTRAINT match_scores_company_id_fkey,
        DROP CONSTRAINT match_scores_partner_id_fkey`);
    await q.query(`
      CREATE FUNCTION match_scores_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        orphan record;
      BEGIN
        PERFORM FROM matching_runs WHERE id IN (SELECT run_id FROM new_rows) FOR KEY SHARE;
        PERFORM FROM companies
          WHERE id IN (SELECT company_id FROM new_rows UNION SELECT partner_id FROM new_rows)
          FOR KEY SHARE;
        SELECT n.run_id, n.company_id, n.partner_id INTO orphan FROM new_rows n
         WHERE NOT EXISTS (SELECT FROM matching_runs r WHERE r.id = n.run_id)
            OR NOT EXISTS (SELECT FROM companies c WHERE c.id = n.company_id)
            OR NOT EXISTS (SELECT FROM companies c WHERE c.id = n.partner_id)
         LIMIT 1;
        IF FOUND THEN
          RAISE foreign_key_violation USING
            MESSAGE = format('match_scores (run %s, company %s, partner %s) refers to a missing run or company',
                             orphan.run_id, orphan.company_id, orphan.partner_id),
            TABLE = 'match_scores';
        END IF;
        RETURN NULL;
      END $$`);
    // A trigger with a transition table takes one event: one trigger per event.
    for (const event of ['INSERT', 'UPDATE']) {
      await q.query(`
        CREATE TRIGGER match_scores_references_${event.toLowerCase()} AFTER ${event} ON match_scores
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_scores_check_references()`);
    }
    await q.query(`
      CREATE FUNCTION match_scores_forget_companies() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM match_scores
         WHERE company_id IN (SELECT id FROM gone) OR partner_id IN (SELECT id FROM gone);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER match_scores_forget_companies AFTER DELETE ON companies
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION match_scores_forget_companies()`);
    await q.query(`
      CREATE FUNCTION match_scores_forget_runs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM match_scores WHERE run_id IN (SELECT id FROM gone);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER match_scores_forget_runs AFTER DELETE ON matching_runs
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION match_scores_forget_runs()`);
    await q.query(`
      CREATE FUNCTION match_scores_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE match_scores;
        RETURN NULL;
      END $$`);
    for (const table of ['companies', 'matching_runs']) {
      await q.query(`
        CREATE TRIGGER match_scores_forget_all AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION match_scores_forget_all()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['companies', 'matching_runs']) {
      await q.query(`DROP TRIGGER match_scores_forget_all ON ${table}`);
    }
    await q.query(`DROP TRIGGER match_scores_forget_runs ON matching_runs`);
    await q.query(`DROP TRIGGER match_scores_forget_companies ON companies`);
    await q.query(`DROP TRIGGER match_scores_references_insert ON match_scores`);
    await q.query(`DROP TRIGGER match_scores_references_update ON match_scores`);
    for (const fn of ['forget_all', 'forget_runs', 'forget_companies', 'check_references']) {
      await q.query(`DROP FUNCTION match_scores_${fn}()`);
    }
    await q.query(`
      ALTER TABLE match_scores
        ADD CONSTRAINT match_scores_run_id_fkey FOREIGN KEY (run_id) REFERENCES matching_runs(id) ON DELETE CASCADE,
        ADD CONSTRAINT match_scores_company_id_fkey FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE,
        ADD CONSTRAINT match_scores_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES companies(id) ON DELETE CASCADE`);
  }
}
