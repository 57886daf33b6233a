import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff record that a selected delegate company paid its mission fee (and who recorded it). */
export class MissionFeePaid1796407783150 implements MigrationInterface {
  name = 'MissionFeePaid1796407783150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE mission_applications
         ADD COLUMN fee_paid_at timestamptz,
         ADD COLUMN fee_paid_by uuid REFERENCES users(id) ON DELETE SET NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE mission_applications DROP COLUMN IF EXISTS fee_paid_by, DROP COLUMN IF EXISTS fee_paid_at`,
    );
  }
}
