import { DataSource } from 'typeorm';
import { ASSOCIATIONS_TIME_ZONE } from '@app/common';
import { createEvent, eventInput, eventWorld, type EventWorld } from '../events/events-fixtures.js';
import { signedIn } from '../support/fixtures.js';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app.js';

const UPDATE = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id title } }`;
const REGISTER = `mutation($e: ID!, $u: ID) { registerForEvent(eventId: $e, userId: $u) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelRegistration(id: $id) { id status } }`;
const REGISTRATIONS = `query($e: ID!) { event(id: $e) { id registrations { id } } }`;
const SCHEDULE = `mutation($e: ID!) { scheduleEventMeetings(eventId: $e) { runId } }`;
const CANDIDATES = `query($e: ID!) { eventCandidates(eventId: $e) { score } }`;
const CURATE_AT_EVENT = `mutation($e: ID!, $c: ID!, $p: ID!) {
  curateEventMatch(eventId: $e, companyId: $c, partnerId: $p, status: PINNED) { curation } }`;
const INTRODUCE = `mutation($e: ID!, $i: [IntroductionInput!]!) {
  sendEventIntroductions(eventId: $e, introductions: $i) { curation } }`;
const DEMAND = `query($e: ID!) { eventDemand(eventId: $e) { __typename } }`;
const CURATE = `mutation($c: ID!, $p: ID!) { curateMatch(companyId: $c, partnerId: $p, status: PINNED) { curation } }`;

const code = (response: GraphqlResponse) => response.errors?.[0]?.extensions.code;

describe('staff act only for their own association', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;
  let admin: string;
  let eventId: string;
  let registrationId: string;
  const lsoStaffActions = async () =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM staff_audit_log a JOIN users u ON u.id = a.actor_id
          WHERE u.email = 'staff@lso.test'`,
      )
    )[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
    admin = await signedIn(t, { email: 'root@passerelle.test', name: 'Root', role: 'ADMIN', locale: 'en' });
    eventId = await createEvent(t, w.staffBq, { organizers: ['BIOQUEBEC'] });
    for (const company of ['BQ-1042', 'LSO-0877']) {
      const r = await t.gql<{ registerForEvent: { id: string } }>(
        REGISTER,
        { e: eventId },
        { token: w.people.get(company) },
      );
      registrationId = r.data!.registerForEvent.id;
    }
  });
  afterAll(() => t.close());

  it('refuses the other association’s staff every action on an event, writing nothing', async () => {
    const lso = { token: w.staffLso };
    const pair = { c: w.ids.get('BQ-1042'), p: w.ids.get('LSO-0877') };
    const refusals = [
      await t.gql(UPDATE, { id: eventId, input: eventInput({ titleEn: 'Taken over' }) }, lso),
      await t.gql(REGISTER, { e: eventId, u: w.userIds.get('BQ-0007') }, lso),
      await t.gql(CANCEL, { id: registrationId }, lso),
      await t.gql(REGISTRATIONS, { e: eventId }, lso),
      await t.gql(SCHEDULE, { e: eventId }, lso),
      await t.gql(CANDIDATES, { e: eventId }, lso),
      await t.gql(CURATE_AT_EVENT, { e: eventId, ...pair }, lso),
      await t.gql(INTRODUCE, { e: eventId, i: [{ companyId: pair.c, partnerId: pair.p }] }, lso),
      await t.gql(DEMAND, { e: eventId }, lso),
    ];
    expect(refusals.map(code)).toEqual(Array.from({ length: refusals.length }, () => 'FORBIDDEN'));
    const csv = await t
      .http()
      .get(`/admin/events/${eventId}/schedule.csv`)
      .set('authorization', `Bearer ${w.staffLso}`);
    expect(csv.status).toBe(403);

    const [event] = await db.query(`SELECT title_en FROM events WHERE id = $1`, [eventId]);
    expect(event.title_en).toBe('Québec–Ontario Partnering Day');
    const registrations = await db.query(
      `SELECT status FROM event_registrations WHERE event_id = $1 ORDER BY created_at`,
      [eventId],
    );
    expect(registrations.map((r: { status: string }) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect(await db.query(`SELECT 1 FROM event_schedule_runs WHERE event_id = $1`, [eventId])).toEqual([]);
    expect(await db.query(`SELECT 1 FROM match_curations WHERE event_id = $1`, [eventId])).toEqual([]);
    expect(await lsoStaffActions()).toBe(0);
  });

  it('lets the organizing association’s staff and administrators act on it', async () => {
    const own = await t.gql(REGISTRATIONS, { e: eventId }, { token: w.staffBq });
    expect(own.errors).toBeUndefined();
    const byAdmin = await t.gql<{ updateEvent: { title: string } }>(
      UPDATE,
      { id: eventId, input: eventInput({ titleEn: 'Renamed by the administrator' }) },
      { token: admin, language: 'en' },
    );
    expect(byAdmin.data?.updateEvent.title).toBe('Renamed by the administrator');
    const byOrganizer = await t.gql(UPDATE, { id: eventId, input: eventInput() }, { token: w.staffBq });
    expect(byOrganizer.errors).toBeUndefined();
  });

  it('lets staff curate a pair only when one company is a current member of their association', async () => {
    // LSO-0877's membership lapsed yesterday, on the associations' calendar (not the database's UTC
    // day, a day ahead every evening): the pair BQ-1042 × LSO-0877 now concerns BioQuébec only.
    await db.query(
      `UPDATE memberships SET expires_on = (now() AT TIME ZONE $2)::date - 1
        WHERE company_id = $1 AND association = 'LSO'`,
      [w.ids.get('LSO-0877'), ASSOCIATIONS_TIME_ZONE],
    );
    const pair = { c: w.ids.get('BQ-1042'), p: w.ids.get('LSO-0877') };
    expect(code(await t.gql(CURATE, pair, { token: w.staffLso }))).toBe('FORBIDDEN');
    expect(await db.query(`SELECT 1 FROM match_curations WHERE company_id = $1`, [pair.c])).toEqual([]);
    expect(await lsoStaffActions()).toBe(0);
    expect((await t.gql(CURATE, pair, { token: w.staffBq })).errors).toBeUndefined();
    const other = { c: w.ids.get('BQ-0007'), p: w.ids.get('LSO-0877') };
    expect((await t.gql(CURATE, other, { token: admin })).errors).toBeUndefined();
  });
});
