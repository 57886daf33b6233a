import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The view as PublishedReadModels1796487350815 created it. */
const WITHOUT_MEETING = `
  SELECT o1.company_id, o2.company_id AS partner_id
    FROM meeting_outcomes o1 JOIN meeting_outcomes o2 ON o2.meeting_id = o1.meeting_id
   WHERE o2.company_id <> o1.company_id AND o1.useful IS FALSE AND o2.useful IS FALSE`;

/**
 * `unfruitful_pairs` names the meeting of each row, so that the meetings domain's own check of a
 * connection (a meeting not found useless by both sides) reads the rule from the view rather
 * than writing it a second time. Same rows; a column added at the end.
 */
export class UnfruitfulPairsByMeeting1796516193726 implements MigrationInterface {
  name = 'UnfruitfulPairsByMeeting1796516193726';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE VIEW unfruitful_pairs AS
        SELECT o1.company_id, o2.company_id AS partner_id, o1.meeting_id
          FROM meeting_outcomes o1 JOIN meeting_outcomes o2 ON o2.meeting_id = o1.meeting_id
         WHERE o2.company_id <> o1.company_id AND o1.useful IS FALSE AND o2.useful IS FALSE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW unfruitful_pairs`);
    await q.query(`CREATE VIEW unfruitful_pairs AS ${WITHOUT_MEETING}`);
  }
}
