import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly digest: each person's choice (`users.digest`), what each digest listed (so the next
 * one sends only when something is new), and emails with an HTML part and headers of their own
 * (`List-Unsubscribe`).
 */
export class Digests1764820000000 implements MigrationInterface {
  name = 'Digests1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN digest varchar(10) NOT NULL DEFAULT 'WEEKLY'
        CHECK (digest IN ('WEEKLY', 'NONE'))`);
    await q.query(
      `ALTER TABLE sent_emails ADD COLUMN html text, ADD COLUMN headers jsonb NOT NULL DEFAULT '{}'`,
    );
    // One row per person and period: a scheduled week ('2030-W49') or a run sent at once ('now:…').
    // A row whose digest had nothing new is kept with emailed = false, so the week is not read again.
    await q.query(`
      CREATE TABLE sent_digests (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        period varchar(60) NOT NULL,
        emailed boolean NOT NULL,
        partner_ids uuid[] NOT NULL DEFAULT '{}',
        request_ids uuid[] NOT NULL DEFAULT '{}',
        meeting_ids uuid[] NOT NULL DEFAULT '{}',
        checked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, period)
      )`);
    await q.query(
      `CREATE INDEX sent_digests_last_idx ON sent_digests (user_id, checked_at DESC) WHERE emailed`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sent_digests`);
    await q.query(`ALTER TABLE sent_emails DROP COLUMN IF EXISTS html, DROP COLUMN IF EXISTS headers`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS digest`);
  }
}
