import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A proposal to move a scheduled meeting: one to three new times offered by one side, accepted
 * (the meeting moves) or declined by the other. At most one OPEN proposal per meeting, held by a
 * partial unique index so two people proposing at once cannot both succeed.
 */
export class MeetingReschedules1796460000000 implements MigrationInterface {
  name = 'MeetingReschedules1796460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_reschedules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        proposed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        proposer_company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        proposed_slots jsonb NOT NULL,
        message text,
        status varchar(16) NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        answered_by uuid REFERENCES users(id) ON DELETE SET NULL,
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX meeting_reschedules_one_open_idx ON meeting_reschedules (meeting_id) WHERE status = 'OPEN'`,
    );
    await q.query(`CREATE INDEX meeting_reschedules_meeting_idx ON meeting_reschedules (meeting_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS meeting_reschedules`);
  }
}
