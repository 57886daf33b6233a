import type { Browser, Page } from 'playwright-core';
import { runFullRescore } from '../matching/run-helpers.js';
import { createUser, login, TEST_PASSWORD } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';
import {
  closeBrowserWorld,
  newPerson,
  sampleCompaniesWith,
  seriousViolations,
  signIn,
  startBrowserWorld,
} from './support/browser.js';

const PHONE = { width: 390, height: 844 };

/** Waits for the page's data: a heading, and no skeleton left. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.locator('.skeleton, .page-loading').first().waitFor({ state: 'detached' });
}

/** What sticks out past the screen's right edge (a phone must never scroll sideways): none. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('main *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map((e) => e.tagName + '.' + e.className)
    .slice(0, 5)`) as Promise<string[]>;
}

describe('members find companies, see the fit, and ask for meetings at an event (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Map<string, string>;
  let eventId: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startBrowserWorld());
    ids = await sampleCompaniesWith(t, 'julie', 'ann');
    await createUser(t, {
      email: 'sophie@bioquebec.test',
      name: 'Sophie Gagnon',
      role: 'STAFF',
      locale: 'fr',
      association: 'BIOQUEBEC',
    });
    const staff = await login(t, 'sophie@bioquebec.test');
    await t.startWorker();
    await runFullRescore(t, staff);
    const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const created = await t.gql<{ createEvent: { id: string } }>(
      `mutation($input: EventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          titleFr: 'Rendez-vous Québec–Ontario',
          titleEn: 'Québec–Ontario Partnering Day',
          startsAt: `${date}T12:00:00Z`,
          endsAt: `${date}T23:00:00Z`,
          timeZone: 'America/Toronto',
          province: 'ON',
          venue: 'Ottawa',
          organizers: ['BIOQUEBEC', 'LSO'],
          memberPriceCents: 0,
          partnerMemberPriceCents: 0,
          nonMemberPriceCents: 0,
          tables: 4,
          slotMinutes: 30,
          partneringDays: [
            { date, start: '09:00', end: '12:00', breaks: [{ start: '10:30', end: '10:45' }] },
          ],
        },
      },
      { token: staff },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    eventId = created.data.createEvent.id;
    for (const email of ['julie@neovasc.test', 'ann@lakeshore.test']) {
      const registered = await t.gql(
        'mutation($e: ID!) { registerForEvent(eventId: $e) { id } }',
        { e: eventId },
        { token: await login(t, email) },
      );
      expect(registered.errors).toBeUndefined();
    }
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  it('finds accented names from a French query without accents, with « Toutes » for feminine filters', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    for (const size of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(size);
      await page.goto('/companies');
      await settled(page);
      await page.getByRole('heading', { name: 'Répertoire des entreprises' }).waitFor();
      const filters = page.getByRole('search', { name: 'Chercher dans le répertoire' });
      expect(await filters.getByLabel('Province').locator('option').first().innerText()).toBe('Toutes');
      expect(await filters.getByLabel('Modalité').locator('option').first().innerText()).toBe('Toutes');
      expect(await filters.getByLabel('Secteur').locator('option').first().innerText()).toBe('Tous');
      await filters.getByRole('searchbox', { name: 'Rechercher' }).fill('sante boreale');
      await page.getByText('1 entreprise', { exact: true }).waitFor();
      const card = page.getByRole('article', { name: 'Distribution Santé Boréale' });
      await card.getByRole('button', { name: /^Demander une rencontre/ }).waitFor();
      // Cardiowave has not opted in to matchmaking: not even its name shows.
      await filters.getByRole('searchbox', { name: 'Rechercher' }).fill('cardiowave');
      await page.getByText('Aucune entreprise ne correspond.').waitFor();
      await filters.getByRole('searchbox', { name: 'Rechercher' }).fill('x'.repeat(201));
      await page.getByText(/200/).first().waitFor();
      expect(await overflowing(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it('shows a company’s fit with one’s own and its reasons, in English, on a phone too', async () => {
    const { context, page } = await newPerson(browser, base, 'en-CA');
    await signIn(page, 'ann@lakeshore.test', TEST_PASSWORD);
    for (const size of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(size);
      await page.goto('/companies');
      await settled(page);
      await page.getByRole('searchbox', { name: 'Search' }).fill('therapeutique');
      await page.getByRole('link', { name: 'Néovasc Thérapeutique inc.' }).click();
      await page.getByRole('heading', { name: 'Néovasc Thérapeutique inc.', level: 1 }).waitFor();
      const fit = page.getByRole('region', { name: 'Fit with your company' });
      await fit
        .getByText(/\d+\s?%/)
        .first()
        .waitFor();
      expect(await fit.locator('.reasons li').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: /^Request a meeting/ }).waitFor();
      expect(await overflowing(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it('lets an attendee ask another for a meeting at the event, then never invites a second request', async () => {
    const ann = await newPerson(browser, base, 'en-CA');
    await ann.page.setViewportSize(PHONE);
    await signIn(ann.page, 'ann@lakeshore.test', TEST_PASSWORD);
    await ann.page.goto(`/events/${eventId}`);
    await settled(ann.page);
    await ann.page.getByRole('heading', { name: 'Programme' }).waitFor();
    await ann.page.getByText('Partnering meetings: 09:00–12:00').waitFor();
    await ann.page.getByRole('heading', { name: 'My schedule at the event' }).waitFor();
    const attendees = ann.page.getByRole('region', { name: 'Attendees' });
    const neovasc = attendees.getByRole('article', { name: 'Néovasc Thérapeutique inc.' });
    await neovasc.getByText('Why this match').waitFor();
    expect(await seriousViolations(ann.page)).toEqual([]);
    await neovasc.getByRole('button', { name: /^Request a meeting at the event/ }).click();
    const dialog = ann.page.getByRole('dialog', { name: 'Meeting with Néovasc Thérapeutique inc.' });
    const event = dialog.getByLabel('Event', { exact: true });
    await event.locator(`option[value="${eventId}"]`).waitFor({ state: 'attached' });
    expect(await event.inputValue()).toBe(eventId);
    await dialog.getByRole('button', { name: 'Send the request' }).click();
    // The name ends with a full stop: the sentence does not add a second one.
    await dialog
      .getByText('Your request was sent to Néovasc Thérapeutique inc. You will be told of their answer.')
      .waitFor();
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await neovasc.getByText('Request sent, awaiting an answer').waitFor();
    expect(await neovasc.getByRole('button', { name: /^Request a meeting/ }).count()).toBe(0);
    expect(await overflowing(ann.page)).toEqual([]);
    expect(await seriousViolations(ann.page)).toEqual([]);
    await ann.context.close();

    const julie = await newPerson(browser, base, 'fr-CA');
    await signIn(julie.page, 'julie@neovasc.test', TEST_PASSWORD);
    await julie.page.goto(`/companies/${ids.get('LSO-0310')}`);
    await settled(julie.page);
    await julie.page.getByText('Cette entreprise vous a demandé une rencontre').waitFor();
    await julie.page.getByRole('link', { name: /^Répondre/ }).waitFor();
    expect(await julie.page.getByRole('button', { name: /^Demander une rencontre/ }).count()).toBe(0);
    await julie.page.goto('/suggestions');
    await settled(julie.page);
    const card = julie.page.getByRole('article', { name: 'Lakeshore Clinical Research' });
    await card.getByText('Cette entreprise vous a demandé une rencontre').waitFor();
    expect(await card.getByRole('button', { name: /^Demander une rencontre/ }).count()).toBe(0);
    expect(await seriousViolations(julie.page)).toEqual([]);
    await julie.context.close();
  });

  it('never lets reasons read as addressed to staff', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'sophie@bioquebec.test', TEST_PASSWORD);
    await page.goto(`/staff/companies/${ids.get('BQ-1042')}`);
    await settled(page);
    // The reasons say « vous » to Néovasc: the heading says so.
    await page
      .getByRole('heading', { name: 'Pourquoi, du point de vue de Néovasc Thérapeutique inc. (« vous »)' })
      .first()
      .waitFor();
    expect(await page.getByRole('heading', { name: 'Pourquoi cette suggestion' }).count()).toBe(0);
    // Staff have no company of their own: a company's page shows no fit "with your company".
    await page.goto(`/companies/${ids.get('LSO-0310')}`);
    await page.getByRole('heading', { name: 'Lakeshore Clinical Research', level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: 'Jumelage avec votre entreprise' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
