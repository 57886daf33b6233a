import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scoring runs and their stored feeds, what members and staff did to suggestions, and the staff
 * audit log. A run's rows become visible all at once when `matching_state` points at it.
 */
export class Matching1764133400000 implements MigrationInterface {
  name = 'Matching1764133400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matching_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(20) NOT NULL CHECK (kind IN ('FULL', 'NIGHTLY')),
        status varchar(20) NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
        model_version varchar(60) NOT NULL,
        weights jsonb NOT NULL,
        top_k integer NOT NULL,
        companies_total integer NOT NULL DEFAULT 0,
        companies_scored integer NOT NULL DEFAULT 0,
        pairs_scored bigint NOT NULL DEFAULT 0,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        error text
      )`);
    // At most one run waits: a request made while one waits joins it instead of queueing another.
    await q.query(
      `CREATE UNIQUE INDEX matching_runs_one_queued ON matching_runs ((true)) WHERE status = 'QUEUED'`,
    );
    await q.query(`
      CREATE TABLE matching_state (
        id integer PRIMARY KEY CHECK (id = 1),
        current_run_id uuid REFERENCES matching_runs(id),
        previous_run_id uuid REFERENCES matching_runs(id)
      )`);
    await q.query(`INSERT INTO matching_state (id) VALUES (1)`);
    await q.query(`
      CREATE TABLE match_scores (
        run_id uuid NOT NULL REFERENCES matching_runs(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        partner_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        score real NOT NULL CHECK (score >= 0 AND score <= 1),
        components jsonb NOT NULL,
        reasons jsonb NOT NULL,
        PRIMARY KEY (run_id, company_id, partner_id)
      )`);
    await q.query(`CREATE INDEX match_scores_partner_idx ON match_scores (run_id, partner_id)`);
    await q.query(`
      CREATE TABLE suggestion_dismissals (
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        partner_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        reason varchar(500),
        dismissed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        dismissed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (company_id, partner_id)
      )`);
    await q.query(`
      CREATE TABLE match_curations (
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        partner_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        status varchar(10) NOT NULL CHECK (status IN ('PINNED', 'HIDDEN')),
        note varchar(2000),
        association varchar(20) CHECK (association IN ('BIOQUEBEC', 'LSO')),
        event_id uuid,
        score real NOT NULL DEFAULT 0,
        reasons jsonb NOT NULL DEFAULT '[]',
        curated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (company_id, partner_id)
      )`);
    await q.query(`
      CREATE TABLE suggestion_impressions (
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        partner_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        day date NOT NULL,
        shown integer NOT NULL DEFAULT 1,
        PRIMARY KEY (company_id, partner_id, day)
      )`);
    await q.query(`
      CREATE TABLE staff_audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        association varchar(20),
        action varchar(80) NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX staff_audit_log_at_idx ON staff_audit_log (at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'staff_audit_log',
      'suggestion_impressions',
      'match_curations',
      'suggestion_dismissals',
      'match_scores',
      'matching_state',
      'matching_runs',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
