import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The follow-up about six months after a trade mission: one link per meeting and company, kept
 * only as the SHA-256 of its token, working once and until it expires.
 */
export class MissionFollowUps1764840200000 implements MigrationInterface {
  name = 'MissionFollowUps1764840200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE trade_missions ADD COLUMN follow_up_sent_at timestamptz`);
    await q.query(`
      CREATE TABLE mission_follow_up_links (
        token_hash char(64) PRIMARY KEY,
        mission_id uuid NOT NULL REFERENCES trade_missions(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT mission_follow_up_links_one_per_meeting UNIQUE (meeting_id, company_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS mission_follow_up_links`);
    await q.query(`ALTER TABLE trade_missions DROP COLUMN IF EXISTS follow_up_sent_at`);
  }
}
