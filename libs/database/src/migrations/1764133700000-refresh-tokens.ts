import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh tokens, stored only as hashes. Each sign-in starts a family; every refresh uses a token
 * once and issues its successor in the same family, so a token presented a second time (stolen
 * and replayed) revokes the whole family.
 */
export class RefreshTokens1764133700000 implements MigrationInterface {
  name = 'RefreshTokens1764133700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_tokens`);
  }
}
