import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Forgot my password": a link that works once, for an hour. Only the hash of its token is kept;
 * `used_at` is set by the one UPDATE that redeems it, so two clicks cannot both succeed.
 */
export class PasswordResets1796455147052 implements MigrationInterface {
  name = 'PasswordResets1796455147052';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_resets_user_idx ON password_resets (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS password_resets`);
  }
}
