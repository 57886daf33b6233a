import { DataSource } from 'typeorm';
import { signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  createEvent,
  EVENT_FIELDS,
  eventInput,
  eventWorld,
  futureDay,
  REGISTRATION_FIELDS,
  type EventWorld,
} from './events-fixtures.js';

const CREATE = `mutation($input: EventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const REGISTER = `mutation($eventId: ID!, $userId: ID) { registerForEvent(eventId: $eventId, userId: $userId) { ${REGISTRATION_FIELDS} } }`;
const CANCEL = `mutation($id: ID, $eventId: ID) { cancelRegistration(id: $id, eventId: $eventId) { id status } }`;

describe('events: creation and registration', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('lets only staff create events', async () => {
    const anonymous = await t.gql(CREATE, { input: eventInput() });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const member = await t.gql(CREATE, { input: eventInput() }, { token: w.people.get('BQ-0007') });
    expect(member.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const staff = await t.gql<{ createEvent: { title: string; online: boolean; organizers: string[] } }>(
      CREATE,
      { input: eventInput() },
      { token: w.staffBq },
    );
    expect(staff.data?.createEvent).toMatchObject({
      title: 'Rendez-vous Québec–Ontario',
      online: false,
      organizers: ['BIOQUEBEC'],
    });
  });

  it('reports every bad field at once, in the staff member’s language, and writes nothing', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM events`);
    const response = await t.gql(
      CREATE,
      {
        input: eventInput({
          titleEn: '  ',
          timeZone: 'Mars/Olympus',
          organizers: ['LSO', 'CQDM'],
          capacity: 0,
          memberPriceCents: 50_000,
          partnerMemberPriceCents: -1,
          venue: null,
          partneringDays: [{ date: '2027-02-30', start: '9:00', end: '12:00' }],
        }),
      },
      { token: w.staffBq },
    );
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = response.errors?.[0].extensions.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(
      [
        'input.capacity',
        'input.memberPriceCents',
        'input.organizers',
        'input.organizers[1]',
        'input.partnerMemberPriceCents',
        'input.timeZone',
        'input.titleEn',
        'input.venue',
      ].sort(),
    );
    expect(fields.find((f) => f.path === 'input.organizers')?.message).toBe(
      'doit inclure votre association (BIOQUEBEC).',
    );
    expect(fields.find((f) => f.path === 'input.timeZone')?.message).toMatch(/fuseau horaire IANA/);
    expect(await db.query(`SELECT count(*)::int AS n FROM events`)).toEqual(before);
  });

  it('checks the partnering session against the event', async () => {
    const { date } = futureDay(40);
    const response = await t.gql(
      CREATE,
      {
        input: eventInput({
          partneringDays: [
            {
              date,
              start: '08:00',
              end: '12:00',
              breaks: [
                { start: '10:00', end: '10:30' },
                { start: '10:15', end: '10:45' },
              ],
            },
            { date: '2030-01-01', start: '13:00', end: '12:00' },
          ],
        }),
      },
      { token: w.staffBq, language: 'en' },
    );
    const fields = response.errors?.[0].extensions.fields as { path: string; message: string }[];
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'input.partneringDays[0].breaks[1]', message: 'chevauche une autre pause.' },
        expect.objectContaining({ path: 'input.partneringDays[1].date' }),
        expect.objectContaining({ path: 'input.partneringDays[1].end' }),
      ]),
    );
  });

  it('refuses registration before it opens and after it closes', async () => {
    const opensAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const notYet = await createEvent(t, w.staffBq, { registrationOpensAt: opensAt });
    const early = await t.gql(
      REGISTER,
      { eventId: notYet },
      { token: w.people.get('BQ-0007'), language: 'en' },
    );
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_NOT_OPEN' });
    const closed = await createEvent(t, w.staffBq);
    await db.query(`UPDATE events SET registration_closes_at = now() - interval '1 hour' WHERE id = $1`, [
      closed,
    ]);
    const late = await t.gql(REGISTER, { eventId: closed }, { token: w.people.get('BQ-0007') });
    expect(late.errors?.[0]).toMatchObject({
      message: 'Les inscriptions à cet événement sont fermées.',
      extensions: { reason: 'REGISTRATION_CLOSED' },
    });
  });

  it('puts people on a waitlist in order when full and promotes the first when someone cancels', async () => {
    const eventId = await createEvent(t, w.staffBq, { capacity: 2 });
    const order = ['BQ-0007', 'LSO-0310', 'LSO-0877', 'LSO-1203'];
    const registrations: { id: string; status: string; waitlistPosition: number | null }[] = [];
    for (const externalId of order) {
      const r = await t.gql<{ registerForEvent: (typeof registrations)[number] }>(
        REGISTER,
        { eventId },
        { token: w.people.get(externalId) },
      );
      registrations.push(r.data!.registerForEvent);
    }
    expect(registrations.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['CONFIRMED', null],
      ['CONFIRMED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    const stranger = await t.gql(CANCEL, { id: registrations[0].id }, { token: w.people.get('LSO-0877') });
    expect(stranger.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const cancelled = await t.gql(CANCEL, { eventId }, { token: w.people.get('LSO-0310') });
    expect(cancelled.data).toEqual({ cancelRegistration: { id: registrations[1].id, status: 'CANCELLED' } });
    const view = await t.gql<{
      event: {
        registeredCount: number;
        waitlistCount: number;
        registrations: { status: string; waitlistPosition: number | null; user: { name: string } }[];
      };
    }>(
      `query($id: ID!) { event(id: $id) { registeredCount waitlistCount registrations { status waitlistPosition user { name } } } }`,
      { id: eventId },
      { token: w.staffBq },
    );
    expect(view.data?.event).toMatchObject({ registeredCount: 2, waitlistCount: 1 });
    expect(view.data?.event.registrations.map((r) => [r.user.name, r.status, r.waitlistPosition])).toEqual([
      ['Person BQ-0007', 'CONFIRMED', null],
      ['Person LSO-0877', 'CONFIRMED', null],
      ['Person LSO-1203', 'WAITLISTED', 1],
      ['Person LSO-0310', 'CANCELLED', null],
    ]);
    const emails: { subject: string }[] = await db.query(
      `SELECT subject FROM sent_emails WHERE kind = 'event-registration-promoted' AND user_id = $1`,
      [w.userIds.get('LSO-0877')],
    );
    expect(emails).toEqual([{ subject: 'A place opened up: Québec–Ontario Partnering Day' }]);
    const forbidden = await t.gql(
      `query($id: ID!) { event(id: $id) { registrations { id } } }`,
      { id: eventId },
      { token: w.people.get('BQ-0007') },
    );
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('never confirms more people than the capacity, however many register at once', async () => {
    const eventId = await createEvent(t, w.staffBq, { capacity: 3 });
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) {
      tokens.push(
        await signedIn(t, {
          email: `rush${i}@member.test`,
          name: `Rush ${i}`,
          role: 'MEMBER',
          companyId: w.ids.get(i % 2 ? 'BQ-0007' : 'LSO-0310'),
          locale: 'en',
        }),
      );
    }
    const results = await Promise.all(
      tokens.map((token) =>
        t.gql<{ registerForEvent: { status: string; waitlistPosition: number | null } }>(
          REGISTER,
          { eventId },
          { token },
        ),
      ),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const statuses = results.map((r) => r.data!.registerForEvent.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(3);
    const positions = results
      .map((r) => r.data!.registerForEvent.waitlistPosition)
      .filter((p) => p !== null)
      .sort((a, b) => a! - b!);
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const [row] = await db.query(
      `SELECT e.registered_count, (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'CONFIRMED') AS confirmed
         FROM events e WHERE e.id = $1`,
      [eventId],
    );
    expect(row).toEqual({ registered_count: 3, confirmed: 3 });
    await expect(db.query(`UPDATE events SET registered_count = 4 WHERE id = $1`, [eventId])).rejects.toThrow(
      /check constraint/,
    );
  });

  it('lets a company admin register a colleague but not a stranger, and needs a company', async () => {
    const eventId = await createEvent(t, w.staffBq);
    const colleague = await signedIn(t, {
      email: 'colleague@biofabrik.test',
      name: 'Colleague',
      role: 'MEMBER',
      companyId: w.ids.get('BQ-0007'),
      locale: 'fr',
    });
    const [{ id: colleagueId }] = await db.query(
      `SELECT id FROM users WHERE email = 'colleague@biofabrik.test'`,
    );
    const byAdmin = await t.gql<{ registerForEvent: { user: { id: string } } }>(
      REGISTER,
      { eventId, userId: colleagueId },
      { token: w.people.get('BQ-0007') },
    );
    expect(byAdmin.data?.registerForEvent.user.id).toBe(colleagueId);
    const byStranger = await t.gql(
      REGISTER,
      { eventId, userId: colleagueId },
      { token: w.people.get('LSO-0310') },
    );
    expect(byStranger.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const staffSelf = await t.gql(REGISTER, { eventId }, { token: w.staffLso });
    expect(staffSelf.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NEEDS_COMPANY',
    });
    expect(colleague).toBeTruthy();
  });

  it('lists upcoming events soonest first with titles in the reader’s language', async () => {
    const response = await t.gql<{ events: { title: string; startsAt: string }[] }>(
      `{ events { title startsAt } }`,
      {},
      { token: w.people.get('LSO-0310') },
    );
    expect(response.data?.events.length).toBeGreaterThan(3);
    expect(response.data?.events[0].title).toBe('Québec–Ontario Partnering Day');
    const starts = response.data!.events.map((e) => e.startsAt);
    expect([...starts].sort()).toEqual(starts);
  });
});
