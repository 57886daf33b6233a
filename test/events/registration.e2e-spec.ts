import { DataSource } from 'typeorm';
import { signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  createEvent,
  EVENT_FIELDS,
  eventInput,
  eventWorld,
  futureDay,
  PRICE_FIELDS,
  REGISTRATION_FIELDS,
  type EventWorld,
} from './events-fixtures.js';

const CREATE = `mutation($input: EventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const PRICE_FOR_ME = `query($id: ID!) { event(id: $id) { priceForMe { ${PRICE_FIELDS} } } }`;
const REGISTER = `mutation($eventId: ID!, $userId: ID) { registerForEvent(eventId: $eventId, userId: $userId) { ${REGISTRATION_FIELDS} } }`;
const CANCEL = `mutation($id: ID, $eventId: ID) { cancelRegistration(id: $id, eventId: $eventId) { id status } }`;

interface Price {
  amountCents: number;
  taxCents: number;
  tier: string;
  totalCents: number;
  taxProvince: string;
  taxes: { code: string; label: string; amountCents: number }[];
}

describe('events: creation, member pricing and registration', () => {
  let t: TestApp;
  let w: EventWorld;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  async function priceFor(eventId: string, externalId: string): Promise<Price> {
    const response = await t.gql<{ event: { priceForMe: Price } }>(
      PRICE_FOR_ME,
      { id: eventId },
      { token: w.people.get(externalId) },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.event.priceForMe;
  }

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

  it('prices each tier with Québec sales taxes, each rounded on its own', async () => {
    await db.query(`UPDATE memberships SET expires_on = current_date - 1 WHERE company_id = $1`, [
      w.ids.get('BQ-1042'),
    ]);
    const eventId = await createEvent(t, w.staffBq);
    const member = await priceFor(eventId, 'BQ-0007');
    expect(member).toMatchObject({
      tier: 'MEMBER',
      amountCents: 25_000,
      taxProvince: 'QC',
      taxCents: 1250 + 2494,
      totalCents: 28_744,
    });
    expect(member.taxes.map((x) => [x.code, x.label, x.amountCents])).toEqual([
      ['GST', 'TPS', 1250],
      ['QST', 'TVQ', 2494],
    ]);
    expect(await priceFor(eventId, 'LSO-0310')).toMatchObject({
      tier: 'PARTNER_MEMBER',
      amountCents: 30_000,
      taxCents: 1500 + 2993,
    });
    expect(await priceFor(eventId, 'BQ-1042')).toMatchObject({
      tier: 'NON_MEMBER',
      amountCents: 45_000,
      taxCents: 2250 + 4489,
    });
    expect(await priceFor(eventId, 'BQ-0921')).toMatchObject({ tier: 'MEMBER' });
  });

  it('prices an Ontario event with HST, and a member of both associations at its best tier', async () => {
    const eventId = await createEvent(t, w.staffLso, {
      organizers: ['LSO'],
      province: 'ON',
      venue: 'MaRS, Toronto',
      timeZone: 'America/Toronto',
    });
    expect(await priceFor(eventId, 'BQ-0007')).toMatchObject({
      tier: 'PARTNER_MEMBER',
      taxProvince: 'ON',
      taxCents: 3900,
    });
    expect(await priceFor(eventId, 'BQ-0921')).toMatchObject({
      tier: 'MEMBER',
      amountCents: 25_000,
      taxCents: 3250,
    });
    await db.query(
      `UPDATE memberships SET expires_on = current_date - 30 WHERE company_id = $1 AND association = 'LSO'`,
      [w.ids.get('BQ-0921')],
    );
    expect(await priceFor(eventId, 'BQ-0921')).toMatchObject({ tier: 'PARTNER_MEMBER', amountCents: 30_000 });
    await db.query(`UPDATE memberships SET expires_on = NULL WHERE company_id = $1`, [w.ids.get('BQ-0921')]);
  });

  it('taxes an online event by the registrant company’s province', async () => {
    const eventId = await createEvent(t, w.staffLso, { organizers: ['LSO'], province: null, venue: null });
    expect(await priceFor(eventId, 'BQ-0007')).toMatchObject({
      tier: 'PARTNER_MEMBER',
      taxProvince: 'QC',
      taxCents: 1500 + 2993,
    });
    expect(await priceFor(eventId, 'LSO-0310')).toMatchObject({
      tier: 'MEMBER',
      taxProvince: 'ON',
      taxCents: 3250,
    });
    const registered = await t.gql<{ registerForEvent: { price: Price } }>(
      REGISTER,
      { eventId },
      { token: w.people.get('LSO-0310') },
    );
    expect(registered.data?.registerForEvent.price).toMatchObject({
      tier: 'MEMBER',
      taxProvince: 'ON',
      totalCents: 28_250,
    });
  });

  it('keeps the price a registration was sold at when the event’s prices change', async () => {
    const eventId = await createEvent(t, w.staffBq);
    const registered = await t.gql<{ registerForEvent: { id: string; status: string; price: Price } }>(
      REGISTER,
      { eventId },
      { token: w.people.get('BQ-0588') },
    );
    expect(registered.data?.registerForEvent).toMatchObject({
      status: 'CONFIRMED',
      price: { tier: 'MEMBER', amountCents: 25_000 },
    });
    const updated = await t.gql(
      `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id } }`,
      { id: eventId, input: eventInput({ memberPriceCents: 10_000 }) },
      { token: w.staffBq },
    );
    expect(updated.errors).toBeUndefined();
    const mine = await t.gql<{ myRegistrations: { id: string; price: Price }[] }>(
      `{ myRegistrations { id price { amountCents tier } } }`,
      {},
      { token: w.people.get('BQ-0588') },
    );
    expect(
      mine.data?.myRegistrations.find((r) => r.id === registered.data?.registerForEvent.id)?.price
        .amountCents,
    ).toBe(25_000);
    expect(await priceFor(eventId, 'BQ-0007')).toMatchObject({ amountCents: 10_000 });
    const again = await t.gql(REGISTER, { eventId }, { token: w.people.get('BQ-0588') });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
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
