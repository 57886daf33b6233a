import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A company that withdraws its consent to matchmaking no longer asks anyone to meet: its pending
 * requests lapse (EXPIRED) in the transaction that records the withdrawal, whichever path made
 * it (profile edit, member import). A trigger keeps the companies domain from writing the
 * meetings domain's table, and no path can forget it.
 */
export class OptOutLapsesRequests1764800000000 implements MigrationInterface {
  name = 'OptOutLapsesRequests1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lapse_requests_of_opted_out() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE meeting_requests SET status = 'EXPIRED', updated_at = now()
         WHERE from_company_id = NEW.id AND status = 'PENDING';
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER companies_opt_out_lapses_requests
        AFTER UPDATE OF matchmaking_opt_in ON companies
        FOR EACH ROW WHEN (OLD.matchmaking_opt_in AND NOT NEW.matchmaking_opt_in)
        EXECUTE FUNCTION lapse_requests_of_opted_out()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER companies_opt_out_lapses_requests ON companies`);
    await q.query(`DROP FUNCTION lapse_requests_of_opted_out()`);
  }
}
