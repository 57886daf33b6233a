import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications. A row keeps the kind and its parameters, not a sentence: the message is
 * rendered when read, in the reader's current language and time zone. The dedupe key makes a
 * retried job or a second reminder pass write nothing.
 */
export class Notifications1764133510000 implements MigrationInterface {
  name = 'Notifications1764133510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(60) NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        dedupe_key varchar(200) UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notifications`);
  }
}
