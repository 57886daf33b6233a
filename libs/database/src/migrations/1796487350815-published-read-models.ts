import type { MigrationInterface, QueryRunner } from 'typeorm';

const VIEWS = [
  'company_facts',
  'current_memberships',
  'connected_pairs',
  'unfruitful_pairs',
  'sent_requests',
  'held_meeting_participants',
  'recorded_outcomes',
  'suggestions_shown',
];

/**
 * The read models domains publish for one another's statements (`readModel` declarations in each
 * owner's library; docs/architecture.md, "Who owns which table"). Each view reads only its owner's
 * tables. Plain views: the planner expands them inside the reader's statement, so a statement
 * composing them costs what the same statement over the tables cost.
 */
export class PublishedReadModels1796487350815 implements MigrationInterface {
  name = 'PublishedReadModels1796487350815';

  async up(q: QueryRunner): Promise<void> {
    // companies
    await q.query(`
      CREATE VIEW company_facts AS
        SELECT id, province, matchmaking_opt_in, sectors, therapeutic_areas, partnership_types, offers, seeks
          FROM companies`);
    await q.query(`
      CREATE VIEW current_memberships AS
        SELECT company_id, association FROM memberships
         WHERE expires_on IS NULL OR expires_on >= current_date`);
    // meetings
    await q.query(`CREATE VIEW connected_pairs AS SELECT company_a, company_b FROM connections`);
    await q.query(`
      CREATE VIEW unfruitful_pairs AS
        SELECT o1.company_id, o2.company_id AS partner_id
          FROM meeting_outcomes o1 JOIN meeting_outcomes o2 ON o2.meeting_id = o1.meeting_id
         WHERE o2.company_id <> o1.company_id AND o1.useful IS FALSE AND o2.useful IS FALSE`);
    await q.query(`
      CREATE VIEW sent_requests AS
        SELECT id, from_company_id AS company_id, to_company_id AS partner_id, event_id, created_at
          FROM meeting_requests`);
    await q.query(`
      CREATE VIEW held_meeting_participants AS
        SELECT m.id AS meeting_id, p.company_id, m.event_id, m.starts_at
          FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id
         WHERE m.status = 'SCHEDULED' AND m.ends_at <= now()`);
    await q.query(`
      CREATE VIEW recorded_outcomes AS
        SELECT o.meeting_id, o.company_id, m.event_id, m.starts_at,
               o.follow_up_planned, o.partnership_discussed, o.no_show
          FROM meeting_outcomes o JOIN meetings m ON m.id = o.meeting_id
         WHERE m.status = 'SCHEDULED'`);
    // matching
    await q.query(
      `CREATE VIEW suggestions_shown AS SELECT company_id, partner_id, day, shown FROM suggestion_impressions`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const view of VIEWS) await q.query(`DROP VIEW IF EXISTS ${view}`);
  }
}
