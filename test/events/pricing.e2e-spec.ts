import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  createEvent,
  eventInput,
  eventWorld,
  PRICE_FIELDS,
  REGISTRATION_FIELDS,
  type EventWorld,
} from './events-fixtures.js';

const PRICE_FOR_ME = `query($id: ID!) { event(id: $id) { priceForMe { ${PRICE_FIELDS} } } }`;
const REGISTER = `mutation($eventId: ID!, $userId: ID) { registerForEvent(eventId: $eventId, userId: $userId) { ${REGISTRATION_FIELDS} } }`;

interface Price {
  amountCents: number;
  taxCents: number;
  tier: string;
  totalCents: number;
  taxProvince: string;
  taxes: { code: string; label: string; amountCents: number }[];
}

describe('events: member pricing and sales taxes', () => {
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

  it('prices each tier with Québec sales taxes, each rounded on its own', async () => {
    // Expired yesterday on the event's calendar (Eastern time): prices follow the day where the event
    // takes place, which in the evening is not the database's UTC day.
    await db.query(
      `UPDATE memberships SET expires_on = (now() AT TIME ZONE 'America/Toronto')::date - 1 WHERE company_id = $1`,
      [w.ids.get('BQ-1042')],
    );
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
      `UPDATE memberships SET expires_on = (now() AT TIME ZONE 'America/Toronto')::date - 30
        WHERE company_id = $1 AND association = 'LSO'`,
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
});
