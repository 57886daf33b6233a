import { DataSource } from 'typeorm';
import { EventsService, ScheduleDataLoader } from '@app/events';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createEvent, eventInput, eventWorld, futureDay, type EventWorld } from './events-fixtures.js';

const SCHEDULE = `mutation($eventId: ID!, $publish: Boolean) {
  scheduleEventMeetings(eventId: $eventId, publish: $publish) {
    runId status publish placed kept unplaced lowerBoundUnplaced tables error unplacedReasons
    unplacedMeetings { reason message request { id } }
    meetings { id table start end event { id } }
    grid { slot { id start } tablesUsed tablesFree placements { table fixed request { id } meeting { id } companies { name } } }
  }
}`;

interface Result {
  runId: string;
  status: string;
  placed: number;
  kept: number;
  unplaced: number;
  lowerBoundUnplaced: number;
  error: string | null;
  unplacedReasons: string[];
  unplacedMeetings: { reason: string; message: string; request: { id: string } }[];
  meetings: { id: string; table: string; start: string; end: string; event: { id: string } }[];
  grid: {
    slot: { id: string; start: string };
    tablesUsed: number;
    tablesFree: number;
    placements: {
      table: number;
      fixed: boolean;
      request: { id: string } | null;
      meeting: { id: string } | null;
      companies: { name: string }[];
    }[];
  }[];
}

describe('events: the partnering-meeting scheduler on a live event', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;
  let eventId: string;
  const requestIds = new Map<string, string>();
  const { date, startsAt, endsAt } = futureDay(30);

  async function register(externalId: string) {
    const r = await t.gql(
      `mutation($e: ID!) { registerForEvent(eventId: $e) { status } }`,
      { e: eventId },
      { token: w.people.get(externalId) },
    );
    expect(r.errors).toBeUndefined();
  }

  async function acceptedRequest(from: string, to: string): Promise<string> {
    const asked = await t.gql<{ requestMeeting: { id: string } }>(
      `mutation($to: ID!, $e: ID) { requestMeeting(toCompanyId: $to, eventId: $e, message: "À l'événement ?") { id } }`,
      { to: w.ids.get(to), e: eventId },
      { token: w.people.get(from) },
    );
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestMeeting.id;
    const accepted = await t.gql(
      `mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: true) { status } }`,
      { id },
      { token: w.people.get(to) },
    );
    expect(accepted.data).toEqual({ respondToMeetingRequest: { status: 'ACCEPTED' } });
    requestIds.set(`${from}>${to}`, id);
    return id;
  }

  /** A pair without a request yet whose two people share a slot with a free table on the published grid. */
  async function placeablePair(): Promise<[string, string]> {
    const session = await t.gql<{ event: { partneringSession: { slots: { start: string }[] } } }>(
      `query($id: ID!) { event(id: $id) { partneringSession { slots { start } } } }`,
      { id: eventId },
      { token: w.staffBq },
    );
    const grid: { starts_at: Date; users: string[] }[] = await db.query(
      `SELECT m.starts_at, array_agg(p.user_id::text) AS users FROM meetings m
         JOIN meeting_participants p ON p.meeting_id = m.id WHERE m.event_id = $1 GROUP BY m.id`,
      [eventId],
    );
    const candidates: [string, string][] = [
      ['BQ-0007', 'LSO-0877'],
      ['BQ-0588', 'LSO-0877'],
      ['BQ-0007', 'LSO-0310'],
      ['BQ-0588', 'LSO-0310'],
    ];
    const fits = ([from, to]: [string, string]) =>
      session.data!.event.partneringSession.slots.some(({ start }) => {
        const inSlot = grid.filter((m) => m.starts_at.getTime() === Date.parse(start));
        const people = [w.userIds.get(from)!, w.userIds.get(to)!];
        return inSlot.length < 2 && !inSlot.some((m) => m.users.some((u) => people.includes(u)));
      });
    const pair = candidates.find(fits);
    if (!pair) throw new Error('no placeable pair on the grid');
    return pair;
  }

  async function schedule(publish: boolean, token = w.staffBq) {
    return t.gql<{ scheduleEventMeetings: Result }>(
      SCHEDULE,
      { eventId, publish },
      { token, language: 'en' },
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
    await t.startWorker();
    eventId = await createEvent(t, w.staffBq, {
      organizers: ['BIOQUEBEC', 'LSO'],
      startsAt,
      endsAt,
      capacity: null,
      tables: 2,
      slotMinutes: 30,
      partneringDays: [{ date, start: '09:00', end: '11:00', breaks: [{ start: '10:00', end: '10:30' }] }],
    });
    for (const company of ['BQ-1042', 'BQ-0007', 'BQ-0588', 'BQ-0921', 'LSO-0310', 'LSO-0877', 'LSO-1203'])
      await register(company);
    // The person of BQ-0921 can only meet the day after: none of the event's slots works for them.
    const nextDay = futureDay(31).date;
    const availability = await t.gql(
      `mutation($s: [TimeRangeInput!]!) { setAvailability(slots: $s) { __typename } }`,
      { s: [{ start: `${nextDay}T09:00:00-04:00`, end: `${nextDay}T12:00:00-04:00` }] },
      { token: w.people.get('BQ-0921') },
    );
    expect(availability.errors).toBeUndefined();
    await acceptedRequest('BQ-0007', 'LSO-1203');
    await acceptedRequest('BQ-1042', 'LSO-0877');
    await acceptedRequest('BQ-1042', 'LSO-0310');
    await acceptedRequest('BQ-0588', 'LSO-1203');
    await acceptedRequest('BQ-0921', 'LSO-0310');
  });
  afterAll(() => t.close());

  it('is for staff only', async () => {
    const member = await schedule(false, w.people.get('BQ-0007'));
    expect(member.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(SCHEDULE, { eventId, publish: false });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows staff a dry run: the grid, what stays unplaced and why, and the lower bound, without writing meetings', async () => {
    const response = await schedule(false, w.staffLso);
    expect(response.errors).toBeUndefined();
    const result = response.data!.scheduleEventMeetings;
    expect(result).toMatchObject({
      status: 'DONE',
      placed: 4,
      kept: 0,
      unplaced: 1,
      lowerBoundUnplaced: 1,
      error: null,
      meetings: [],
    });
    expect(result.unplacedMeetings).toEqual([
      {
        reason: 'NO_COMMON_SLOT',
        message: 'the two people share no slot they can attend',
        request: { id: requestIds.get('BQ-0921>LSO-0310') },
      },
    ]);
    expect(result.unplacedReasons).toEqual([
      'Distribution Santé Boréale ↔ Lakeshore Clinical Research: the two people share no slot they can attend',
    ]);
    expect(result.grid.map((g) => g.slot.id)).toEqual([`${date}T09:00`, `${date}T09:30`, `${date}T10:30`]);
    for (const slot of result.grid) {
      expect(slot.tablesUsed + slot.tablesFree).toBe(2);
      expect(slot.placements.map((p) => p.table)).toEqual(
        [...new Set(slot.placements.map((p) => p.table))].sort(),
      );
    }
    const placed = result.grid.flatMap((g) => g.placements);
    expect(placed).toHaveLength(4);
    expect(placed.every((p) => p.request && !p.meeting && p.companies.length === 2)).toBe(true);
    expect(await db.query(`SELECT count(*)::int AS n FROM meetings`)).toEqual([{ n: 0 }]);
  });

  it('gives staff-curated introductions a higher priority', async () => {
    const pinned = await t.gql(
      `mutation($e: ID!, $c: ID!, $p: ID!) { curateEventMatch(eventId: $e, companyId: $c, partnerId: $p, status: PINNED) { curation } }`,
      { e: eventId, c: w.ids.get('BQ-0588'), p: w.ids.get('LSO-1203') },
      { token: w.staffBq },
    );
    expect(pinned.errors).toBeUndefined();
    const data = await db.transaction(async (manager) =>
      t.app.get(ScheduleDataLoader).load(manager, (await t.app.get(EventsService).findById(eventId))!),
    );
    const priority = new Map(data.requests.map((r) => [r.id, r.priority]));
    expect(priority.get(requestIds.get('BQ-0588>LSO-1203')!)).toBe(2);
    expect(priority.get(requestIds.get('BQ-0007>LSO-1203')!)).toBe(0);
    expect(data.slotIds).toHaveLength(3);
    expect([...data.unavailable.get(w.userIds.get('BQ-0921')!)!]).toHaveLength(3);
  });

  it('publishes the meetings in one go, with tables, through the meetings domain', async () => {
    const response = await schedule(true);
    const result = response.data!.scheduleEventMeetings;
    expect(result).toMatchObject({ status: 'DONE', placed: 4, kept: 0, unplaced: 1 });
    expect(result.meetings).toHaveLength(4);
    expect(result.meetings.every((m) => m.event.id === eventId && ['1', '2'].includes(m.table))).toBe(true);
    const rows: { n: number; seats: number }[] = await db.query(
      `SELECT count(DISTINCT m.id)::int AS n, count(p.*)::int AS seats
         FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id WHERE m.event_id = $1`,
      [eventId],
    );
    expect(rows).toEqual([{ n: 4, seats: 8 }]);
    const told: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'MEETING_SCHEDULED'`,
    );
    expect(told).toEqual([{ n: 8 }]);
    const seen = await t.gql<{ meetings: { table: string; event: { id: string; title: string } }[] }>(
      `{ meetings { table event { id title } } }`,
      {},
      { token: w.people.get('LSO-1203') },
    );
    expect(seen.data?.meetings).toHaveLength(2);
    expect(seen.data?.meetings[0].event).toEqual({ id: eventId, title: 'Québec–Ontario Partnering Day' });
  });

  it('keeps published meetings where they are on a later run and places the new ones', async () => {
    const before: { id: string; starts_at: Date; table_label: string }[] = await db.query(
      `SELECT id, starts_at, table_label FROM meetings WHERE event_id = $1 ORDER BY id`,
      [eventId],
    );
    const [from, to] = await placeablePair();
    const late = await acceptedRequest(from, to);
    const response = await schedule(true);
    const result = response.data!.scheduleEventMeetings;
    expect(result).toMatchObject({ status: 'DONE', placed: 1, kept: 4, unplaced: 1 });
    expect(result.meetings).toHaveLength(5);
    const after: typeof before = await db.query(
      `SELECT id, starts_at, table_label FROM meetings WHERE event_id = $1 ORDER BY id`,
      [eventId],
    );
    expect(after.filter((m) => before.some((b) => b.id === m.id))).toEqual(before);
    const fixed = result.grid.flatMap((g) => g.placements).filter((p) => p.fixed);
    expect(fixed).toHaveLength(4);
    const placedLate = result.grid.flatMap((g) => g.placements).find((p) => p.request?.id === late);
    expect(placedLate?.meeting).not.toBeNull();
    const again = await schedule(true);
    expect(again.data?.scheduleEventMeetings).toMatchObject({ placed: 0, kept: 5, unplaced: 1 });
  });

  it('will not shrink the tables below what published meetings use, and links requests to their event', async () => {
    const shrink = await t.gql(
      `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id } }`,
      {
        id: eventId,
        input: eventInput({
          startsAt,
          endsAt,
          capacity: null,
          tables: 1,
          partneringDays: [
            { date, start: '09:00', end: '11:00', breaks: [{ start: '10:00', end: '10:30' }] },
          ],
        }),
      },
      { token: w.staffBq },
    );
    expect(shrink.errors?.[0].extensions.fields).toEqual([
      {
        path: 'input.tables',
        message: 'au moins 2 : autant de rencontres publiées partagent déjà un créneau.',
      },
    ]);
    const request = await t.gql<{ meetingRequest: { event: { id: string; title: string } } }>(
      `query($id: ID!) { meetingRequest(id: $id) { event { id title } } }`,
      { id: requestIds.get('BQ-0007>LSO-1203') },
      { token: w.people.get('BQ-0007') },
    );
    expect(request.data?.meetingRequest.event).toEqual({ id: eventId, title: 'Rendez-vous Québec–Ontario' });
  });

  it('reads a run again by id', async () => {
    const first = await schedule(false);
    const read = await t.gql<{ scheduleRun: { runId: string; status: string; kept: number } }>(
      `query($id: ID!) { scheduleRun(id: $id) { runId status kept } }`,
      { id: first.data!.scheduleEventMeetings.runId },
      { token: w.staffLso },
    );
    expect(read.data?.scheduleRun).toEqual({
      runId: first.data!.scheduleEventMeetings.runId,
      status: 'DONE',
      kept: 5,
    });
  });

  it('exports the grid by slot and table as CSV, for staff only', async () => {
    const csv = await t
      .http()
      .get(`/admin/events/${eventId}/schedule.csv`)
      .set('authorization', `Bearer ${w.staffLso}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Start,End,Table,Company A,Person A,Company B,Person B,Meeting');
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines[1]).toMatch(new RegExp(`^${date} 09:00,${date} 09:30,1,`));
    expect(lines.filter((l) => /[0-9a-f-]{36}$/.test(l))).toHaveLength(5);
    expect(csv.text).toContain('Maple Antibody Therapeutics');
    const member = await t
      .http()
      .get(`/admin/events/${eventId}/schedule.csv`)
      .set('authorization', `Bearer ${w.people.get('BQ-0007')}`);
    expect(member.status).toBe(403);
    expect(member.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await t.http().get(`/admin/events/${eventId}/schedule.csv`);
    expect(anonymous.status).toBe(401);
  });

  it('exports one participant’s schedule as a calendar file in their language', async () => {
    const userId = w.userIds.get('LSO-1203');
    const ics = await t
      .http()
      .get(`/admin/events/${eventId}/participants/${userId}/schedule.ics`)
      .set('authorization', `Bearer ${w.staffBq}`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.text).toContain('SUMMARY:Meeting with ');
    expect(ics.text).toMatch(/LOCATION:Palais des congrès\\, Montréal · Table [12]/);
    const unknown = await t
      .http()
      .get(`/admin/events/${eventId}/participants/not-a-user/schedule.ics`)
      .set('authorization', `Bearer ${w.staffBq}`);
    expect(unknown.status).toBe(404);
  });

  it('refuses an event without a partnering session', async () => {
    const plain = await createEvent(t, w.staffBq, { tables: null });
    const response = await t.gql(SCHEDULE, { eventId: plain, publish: false }, { token: w.staffBq });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NO_PARTNERING_SESSION',
    });
  });
});
