import type { Browser } from 'playwright-core';
import { createUser, login, TEST_PASSWORD } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';
import {
  newPerson,
  seriousViolations,
  signIn,
  closeBrowserWorld,
  sampleCompaniesWith,
  startBrowserWorld,
} from './support/browser.js';

/** 09:00 to 17:00, Toronto time, on a weekday a month ahead. */
function eventDay(): { startsAt: string; endsAt: string } {
  const day = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);
  const offset = new Date(`${date}T12:00:00Z`).toLocaleString('en-US', {
    timeZone: 'America/Toronto',
    hour: 'numeric',
    hour12: false,
  });
  const shift = 12 - Number(offset);
  const at = (hour: number) =>
    new Date(Date.parse(`${date}T${String(hour + shift).padStart(2, '0')}:00:00Z`)).toISOString();
  return { startsAt: at(9), endsAt: at(17) };
}

describe('events in the browser: price, registration, and the partnering scheduler (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let eventId: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startBrowserWorld());
    await sampleCompaniesWith(t, 'julie', 'ann');
    await createUser(t, {
      email: 'sophie@bioquebec.test',
      name: 'Sophie Gagnon',
      role: 'STAFF',
      locale: 'fr',
      association: 'BIOQUEBEC',
    });
    const staff = await login(t, 'sophie@bioquebec.test');
    const created = await t.gql<{ createEvent: { id: string } }>(
      `mutation($input: EventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          titleFr: 'Rendez-vous Québec–Ontario',
          titleEn: 'Québec–Ontario Partnering Day',
          ...eventDay(),
          timeZone: 'America/Toronto',
          venue: 'Ottawa',
          province: 'ON',
          organizers: ['BIOQUEBEC', 'LSO'],
          capacity: 50,
          memberPriceCents: 10000,
          partnerMemberPriceCents: 15000,
          nonMemberPriceCents: 30000,
          tables: 3,
        },
      },
      { token: staff },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    eventId = created.data.createEvent.id;
    await t.startWorker();
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  it('shows a member their price with tax and registers them', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    await page.getByRole('link', { name: 'Événements' }).first().click();
    const card = page.getByRole('article', { name: 'Rendez-vous Québec–Ontario' });
    expect(await card.locator('.price').innerText()).toMatch(
      /113,00\s\$\s\(100,00\s\$\s\+\s13,00\s\$\sde taxes, tarif membre\)/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('link', { name: 'Rendez-vous Québec–Ontario' }).click();
    await page.getByRole('button', { name: 'M’inscrire' }).click();
    await page.getByText(/Vous êtes inscrit\. Montant : 113,00\s\$\./).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets staff see who comes and who wants to meet, then schedule and publish the meetings', async () => {
    const ann = await login(t, 'ann@lakeshore.test');
    const julie = await login(t, 'julie@neovasc.test');
    await t.gql('mutation($e: ID!) { registerForEvent(eventId: $e) { id } }', { e: eventId }, { token: ann });
    const lakeshore = await t.gql<{ me: { company: { id: string } } }>(
      '{ me { company { id } } }',
      {},
      { token: ann },
    );
    const asked = await t.gql<{ requestMeeting: { id: string } }>(
      'mutation($to: ID!, $e: ID!) { requestMeeting(toCompanyId: $to, eventId: $e, message: "À l’événement ?") { id } }',
      { to: lakeshore.data!.me.company.id, e: eventId },
      { token: julie },
    );
    if (!asked.data) throw new Error(JSON.stringify(asked.errors));
    const accepted = await t.gql(
      'mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: true) { status } }',
      { id: asked.data.requestMeeting.id },
      { token: ann },
    );
    expect(accepted.errors).toBeUndefined();

    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'sophie@bioquebec.test', TEST_PASSWORD);
    await page.goto(`/staff/events/${eventId}`);
    await page.getByRole('heading', { name: 'Inscriptions — personnes : 2 · entreprises : 2' }).waitFor();
    const demand = page.getByRole('table', { name: 'Par entreprise' });
    await demand.getByRole('link', { name: 'Néovasc Thérapeutique inc.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const pair = page.getByRole('article', {
      name: 'Néovasc Thérapeutique inc. × Lakeshore Clinical Research',
    });
    await pair.getByRole('button', { name: /^Épingler/ }).click();
    await pair.getByText('Recommandé par BIOQuébec').waitFor();
    await pair.getByRole('button', { name: /^Annuler la curation/ }).click();
    await pair.getByRole('button', { name: /^Épingler/ }).waitFor();
    await pair.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Envoyer la présentation (1)' }).click();
    await page.getByText('Présentation envoyée (1).').waitFor();
    await pair.getByText(/Présentation envoyée/).waitFor();
    await pair.getByText('Recommandé par BIOQuébec').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Calculer un horaire (essai)' }).click();
    await page.getByRole('heading', { name: 'Rencontres placées : 1 · non placées : 0' }).waitFor();
    const grid = page.getByRole('table', { name: 'Rencontres par plage horaire et par table' });
    expect(await grid.innerText()).toContain('Néovasc Thérapeutique inc. × Lakeshore Clinical Research');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText('Toutes les rencontres demandées peuvent être placées.').waitFor();
    await page.getByRole('button', { name: 'Publier cet horaire' }).click();
    const confirm = page.getByRole('dialog', { name: 'Publier cet horaire?' });
    await confirm.getByText('1 rencontre sera créée', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByText('Horaire publié : les participants reçoivent leurs rencontres (1).').waitFor();
    await context.close();

    const member = await newPerson(browser, base, 'en-CA');
    await signIn(member.page, 'ann@lakeshore.test', TEST_PASSWORD);
    await member.page.goto('/meetings');
    const meeting = member.page.getByRole('article', { name: 'Néovasc Thérapeutique inc.' });
    expect(await meeting.innerText()).toMatch(/Table \d/);
    await member.context.close();
  });
});
