import type { Browser, Page } from 'playwright-core';
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

/** A weekday a month ahead, YYYY-MM-DD. */
function eventDate(): string {
  const day = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The form field labelled `label`, with its messages. */
const fieldOf = (page: Page, label: string) =>
  page.locator('.field').filter({ has: page.getByLabel(label, { exact: true }) });

describe('staff create and edit events (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let eventId: string;
  const date = eventDate();

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
    await createUser(t, {
      email: 'sam@lso.test',
      name: 'Sam Patel',
      role: 'STAFF',
      locale: 'en',
      association: 'LSO',
    });
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  it('creates an event in French, showing the API’s message under the field it names', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'sophie@bioquebec.test', TEST_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Événements', exact: true }).click();
    await page.getByRole('link', { name: 'Nouvel événement' }).click();
    await page.getByRole('heading', { name: 'Nouvel événement' }).waitFor();
    // Where the times are read is said once, beside the time-zone field.
    const timeLines = (await page.locator('main').innerText()).split('\n').filter((l) => /heures/.test(l));
    expect(timeLines).toEqual(['Les dates et heures ci-dessous s’y lisent.']);

    await page.getByLabel('Titre en français').fill('Maillage bio Montréal');
    await page.getByLabel('Titre en anglais').fill('Montréal Bio Partnering');
    await page.getByLabel('Life Sciences Ontario').check();
    await page.getByLabel('Début', { exact: true }).fill(`${date}T09:00`);
    await page.getByLabel('Fin', { exact: true }).fill(`${date}T08:00`);
    await page.getByLabel('Lieu').fill('Palais des congrès, Montréal');
    await page.getByLabel('Province').selectOption('QC');
    await page.getByLabel('Capacité').fill('1');
    await page.getByLabel('Prix membre ($ CA, avant taxes)').fill('100');
    await page.getByLabel('Prix membre de l’association partenaire ($ CA)').fill('120');
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    // Left empty: said at once under the field, nothing sent.
    await fieldOf(page, 'Prix non-membre ($ CA)').getByText('Ce champ est obligatoire.').waitFor();

    await page.getByLabel('Prix non-membre ($ CA)').fill('150');
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    await page.getByText('Corrigez les champs indiqués : rien n’a été enregistré.').waitFor();
    expect(await fieldOf(page, 'Fin').innerText()).toContain('doit être après le début.');
    expect(await page.getByLabel('Fin', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Fin', { exact: true }).fill(`${date}T17:00`);
    await page.getByLabel('Tables de rencontre').fill('2');
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    await page.waitForURL(/\/staff\/events\/[0-9a-f-]+$/);
    eventId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: 'Maillage bio Montréal' }).waitFor();
    await context.close();
  });

  it('lists registrations and the waitlist, and a larger capacity admits who waits', async () => {
    for (const email of ['julie@neovasc.test', 'ann@lakeshore.test']) {
      const token = await login(t, email);
      const registered = await t.gql(
        `mutation($e: ID!) { registerForEvent(eventId: $e) { status } }`,
        { e: eventId },
        { token },
      );
      expect(registered.errors).toBeUndefined();
    }
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'sophie@bioquebec.test', TEST_PASSWORD);
    await page.goto('/staff/events');
    const row = page
      .getByRole('table', { name: 'Tous les événements' })
      .getByRole('row', { name: /Maillage bio Montréal/ });
    expect(await row.innerText()).toMatch(/1 sur 1\s+1/);
    await row.getByRole('link', { name: 'Maillage bio Montréal', exact: true }).click();
    await page.getByText('Liste d’attente (1)').waitFor();

    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await page.getByRole('heading', { name: 'Modifier Maillage bio Montréal' }).waitFor();
    const whenWhere = page.getByRole('group', { name: 'Quand et où' });
    expect(await whenWhere.getByLabel('Début', { exact: true }).inputValue()).toBe(`${date}T09:00`);
    // Left out at creation: one partnering day, during the event's hours.
    const day = page.getByRole('group', { name: 'Journée de maillage 1' });
    expect(await day.getByLabel('Date').inputValue()).toBe(date);
    expect(await page.getByLabel('Prix non-membre ($ CA)').inputValue()).toBe('150');
    await page.getByLabel('Capacité').fill('2');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(new RegExp(`/staff/events/${eventId}$`));
    await page.getByRole('heading', { name: 'Inscriptions — personnes : 2 · entreprises : 2' }).waitFor();
    expect(await page.getByText('Liste d’attente (1)').count()).toBe(0);
    await context.close();
  });

  it('edits the event in English on a phone', async () => {
    const { context, page } = await newPerson(browser, base, 'en-CA');
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'sam@lso.test', TEST_PASSWORD);
    await page.goto(`/staff/events/${eventId}/edit`);
    await page.getByRole('heading', { name: 'Edit Montréal Bio Partnering' }).waitFor();
    expect(await page.getByLabel('Member price (CAD, before tax)').inputValue()).toBe('100');
    await page.getByLabel('Title in English').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Fix the fields marked below: nothing was saved.').waitFor();
    expect(await fieldOf(page, 'Title in English').innerText()).toContain('is required');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Title in English').fill('Montréal Bio Partnering Day');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Montréal Bio Partnering Day' }).waitFor();
    await context.close();
  });
});
