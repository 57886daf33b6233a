import { DataSource } from 'typeorm';
import { importCompanies, sampleDocument, signedIn } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';

export const EVENT_FIELDS = `id title description startsAt endsAt timeZone venue province online organizers capacity
  registeredCount waitlistCount registrationOpen prices { memberPriceCents partnerMemberPriceCents nonMemberPriceCents }`;
export const PRICE_FIELDS = `amountCents currency taxCents tier tierLabel totalCents taxProvince taxes { code label ratePercent amountCents }`;
export const REGISTRATION_FIELDS = `id status waitlistPosition price { ${PRICE_FIELDS} } event { id registeredCount } user { id name }`;

const DAY = 86_400_000;

/**
 * A day `days` from now, 12:00–23:00 UTC: 07:00 or 08:00 to 18:00 or 19:00 in Montréal, summer or
 * winter, so local partnering hours 09:00–17:00 always fit.
 */
export function futureDay(days: number): { startsAt: string; endsAt: string; date: string } {
  const date = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  return { date, startsAt: `${date}T12:00:00Z`, endsAt: `${date}T23:00:00Z` };
}

export function eventInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { startsAt, endsAt } = futureDay(40);
  return {
    titleFr: 'Rendez-vous Québec–Ontario',
    titleEn: 'Québec–Ontario Partnering Day',
    descriptionFr: 'Une journée de rencontres.',
    descriptionEn: 'A day of partnering meetings.',
    startsAt,
    endsAt,
    timeZone: 'America/Montreal',
    venue: 'Palais des congrès, Montréal',
    province: 'QC',
    organizers: ['BIOQUEBEC'],
    capacity: 100,
    memberPriceCents: 25_000,
    partnerMemberPriceCents: 30_000,
    nonMemberPriceCents: 45_000,
    slotMinutes: 30,
    tables: 10,
    ...overrides,
  };
}

export async function createEvent(
  t: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await t.gql<{ createEvent: { id: string } }>(
    `mutation($input: EventInput!) { createEvent(input: $input) { id } }`,
    { input: eventInput(overrides) },
    { token },
  );
  if (!response.data) throw new Error(`createEvent failed: ${JSON.stringify(response.errors)}`);
  return response.data.createEvent.id;
}

export interface EventWorld {
  ids: Map<string, string>;
  staffBq: string;
  staffLso: string;
  /** A signed-in person of each sample company, by externalId. */
  people: Map<string, string>;
  userIds: Map<string, string>;
}

/** The sample companies, one person in each, and a staff member of each association. */
export async function eventWorld(t: TestApp): Promise<EventWorld> {
  const ids = await importCompanies(t, sampleDocument());
  const staffBq = await signedIn(t, {
    email: 'staff@bioquebec.test',
    name: 'Sophie',
    role: 'STAFF',
    association: 'BIOQUEBEC',
    locale: 'fr',
  });
  const staffLso = await signedIn(t, {
    email: 'staff@lso.test',
    name: 'Liam',
    role: 'STAFF',
    association: 'LSO',
    locale: 'en',
  });
  const people = new Map<string, string>();
  for (const [externalId, companyId] of ids) {
    const email = `${externalId.toLowerCase()}@member.test`;
    people.set(
      externalId,
      await signedIn(t, {
        email,
        name: `Person ${externalId}`,
        role: 'COMPANY_ADMIN',
        companyId,
        locale: externalId.startsWith('BQ') ? 'fr' : 'en',
      }),
    );
  }
  const rows: { id: string; email: string }[] = await t.app
    .get(DataSource)
    .query(`SELECT id, email FROM users`);
  const userIds = new Map(rows.map((r) => [r.email.split('@')[0].toUpperCase(), r.id]));
  return { ids, staffBq, staffLso, people, userIds };
}
