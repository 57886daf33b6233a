import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a meeting led, as each company saw it (asked again about six months after a trade mission). */
export class PartnershipStage1764840100000 implements MigrationInterface {
  name = 'PartnershipStage1764840100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE meeting_outcomes ADD COLUMN stage varchar(30)
         CHECK (stage IN ('NO_FURTHER_CONTACT', 'KNOWLEDGE_GAIN', 'VALUABLE_CONTACT', 'NEGOTIATION', 'AGREEMENT'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_outcomes DROP COLUMN IF EXISTS stage`);
  }
}
