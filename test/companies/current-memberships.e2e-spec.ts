import { DataSource } from 'typeorm';
import { ASSOCIATIONS_TIME_ZONE } from '@app/common';
import { CompanyDirectory } from '@app/companies';
import { eventWorld, type EventWorld } from '../events/events-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MEMBERSHIPS = `query($id: ID!) { company(id: $id) { memberships { association active } } }`;

/**
 * Each membership's days, relative to today on the associations' calendar (`$1`, the zone): the
 * last day of one, the day after the last of another, the first day of a third, the day before
 * the first of a fourth. Computed in SQL at the statement's instant, so the test holds at any hour.
 */
const DATED = `
  UPDATE memberships m SET
         expires_on = CASE c.external_id WHEN 'BQ-1042' THEN (now() AT TIME ZONE $1)::date
                                         WHEN 'BQ-0007' THEN (now() AT TIME ZONE $1)::date - 1
                                         ELSE m.expires_on END,
         member_since = CASE c.external_id WHEN 'BQ-0588' THEN (now() AT TIME ZONE $1)::date
                                           WHEN 'BQ-0921' THEN (now() AT TIME ZONE $1)::date + 1
                                           ELSE m.member_since END
    FROM companies c WHERE c.id = m.company_id`;
const COUNTED = ['BQ-1042', 'BQ-0588'];
const NOT_COUNTED = ['BQ-0007', 'BQ-0921'];

/**
 * Session zones 26 hours apart: whatever the hour, the session's day in one of them is not the
 * associations' day, so a rule counting on the session's day (`current_date`) fails in one.
 */
const SESSION_ZONES = ['UTC', 'Pacific/Kiritimati', 'Etc/GMT+12'];

describe('companies: a membership counts from its first day through its last, on the associations’ day', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;
  const externalIds = (companyIds: Iterable<string>) =>
    [...w.ids].filter(([, id]) => [...companyIds].includes(id)).map(([externalId]) => externalId);

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it.each(SESSION_ZONES)('current_memberships, in a session on %s', async (zone) => {
    // One transaction: the dates and the view read the same now(), midnight cannot fall between.
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT set_config('TimeZone', $1, true)`, [zone]);
      await runner.query(DATED, [ASSOCIATIONS_TIME_ZONE]);
      const rows: { company_id: string }[] = await runner.query(
        `SELECT DISTINCT company_id FROM current_memberships WHERE company_id = ANY($1::uuid[])`,
        [[...COUNTED, ...NOT_COUNTED].map((externalId) => w.ids.get(externalId))],
      );
      expect(externalIds(rows.map((r) => r.company_id)).sort()).toEqual([...COUNTED].sort());
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('names the associations’ zone in the view, as the code names it', async () => {
    const [{ definition }] = await db.query(`SELECT pg_get_viewdef('current_memberships') AS definition`);
    expect(definition).toContain(`'${ASSOCIATIONS_TIME_ZONE}'`);
    expect(definition).not.toMatch(/current_date/i);
  });

  it('tells a province’s members and shows each membership as active by the same days', async () => {
    await db.query(DATED, [ASSOCIATIONS_TIME_ZONE]);
    const people = await t.app.get(CompanyDirectory).memberPeopleIn('QC');
    const quebecers = [...COUNTED, ...NOT_COUNTED];
    expect(quebecers.filter((externalId) => people.includes(w.userIds.get(externalId)!))).toEqual(COUNTED);
    for (const externalId of quebecers) {
      const r = await t.gql<{ company: { memberships: { active: boolean }[] } }>(
        MEMBERSHIPS,
        { id: w.ids.get(externalId) },
        { token: w.staffBq },
      );
      expect(r.errors).toBeUndefined();
      const active = r.data!.company.memberships.map((m) => m.active);
      expect([externalId, active.every(Boolean)]).toEqual([externalId, COUNTED.includes(externalId)]);
    }
  });
});
