import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The view as PublishedReadModels1796487350815 created it: expiry only, on the database's UTC day. */
const ON_UTC_DAY = `
  SELECT company_id, association FROM memberships
   WHERE expires_on IS NULL OR expires_on >= current_date`;

/**
 * `current_memberships` counts a membership on the associations' day, as event prices do: from its
 * `member_since` day through its `expires_on` day, both inclusive, in Eastern time. On the UTC day
 * (`current_date`) a membership expired from 19:00/20:00 Eastern on its last day, and one starting
 * later counted already.
 *
 * The zone is `ASSOCIATIONS_TIME_ZONE` (libs/common) written out: a migration states the schema as
 * it was made and imports nothing that may change after it ran (PostgreSQL stores the view with
 * the literal, so a later change of the constant would reach new databases only). A change of
 * zone is a new migration; test/companies/current-memberships.e2e-spec.ts checks the view names
 * the constant's zone.
 */
export class MembershipsOnAssociationsDay1796526585331 implements MigrationInterface {
  name = 'MembershipsOnAssociationsDay1796526585331';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE VIEW current_memberships AS
        SELECT company_id, association FROM memberships
         WHERE (member_since IS NULL OR member_since <= (now() AT TIME ZONE 'America/Toronto')::date)
           AND (expires_on IS NULL OR expires_on >= (now() AT TIME ZONE 'America/Toronto')::date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE VIEW current_memberships AS ${ON_UTC_DAY}`);
  }
}
