import { DataSource } from 'typeorm';
import type { Browser } from 'playwright-core';
import { TEST_PASSWORD } from '../support/fixtures.js';
import { startMailCatcher, type MailCatcher } from '../support/mail-catcher.js';
import type { TestApp } from '../support/test-app.js';
import {
  newPerson,
  seriousViolations,
  signIn,
  closeBrowserWorld,
  sampleCompaniesWith,
  startBrowserWorld,
} from './support/browser.js';

describe('the web app for members (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Map<string, string>;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    ({ t, browser, base } = await startBrowserWorld({ SMTP_URL: mail.url }));
    await t.startWorker();
    ids = await sampleCompaniesWith(t, 'julie');
  });

  afterAll(async () => {
    await closeBrowserWorld({ t, browser });
    await mail.close();
  });

  it('serves the app at / and deep links, but never over the API', async () => {
    const home = await t.http().get('/').set('accept', 'text/html');
    expect(home.status).toBe(200);
    expect(home.text).toContain('<div id="root">');
    const deep = await t.http().get('/invitation/abc').set('accept', 'text/html');
    expect(deep.text).toContain('<div id="root">');
    const health = await t.http().get('/health/live');
    expect(health.headers['content-type']).toContain('application/json');
  });

  it('signs a Québec member in, in French, and keeps the language they choose', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA');
    await page.getByRole('link', { name: 'Profil de l’entreprise' }).first().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Company profile' }).first().waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Company profile' }).first().waitFor();
    const [{ locale }] = await t.app
      .get(DataSource)
      .query(`SELECT locale FROM users WHERE email = 'julie@neovasc.test'`);
    expect(locale).toBe('en');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('link', { name: 'Profil de l’entreprise' }).first().waitFor();
    await context.close();
  });

  it('shows the API’s message next to each bad field of the profile, in French, and saves a good one', async () => {
    const { context, page } = await newPerson(browser, base);
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    await page.goto('/profile');
    const website = page.getByLabel('Site Web');
    await website.fill('pas une adresse');
    await page.getByLabel('Nom de l’entreprise').fill('');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Corrigez les champs signalés (2)').waitFor();
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    const websiteError = await page.locator(`#${await website.getAttribute('aria-describedby')}`).innerText();
    expect(websiteError).toMatch(/adresse|URL/i);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Nom de l’entreprise').fill('Néovasc Thérapeutique inc.');
    await website.fill('https://neovasc.example');
    const offers = page.getByRole('combobox', { name: 'Ce que nous offrons' });
    await offers.fill('réglementaire');
    const option = page
      .getByRole('listbox', { name: 'Ce que nous offrons' })
      .getByRole('option', { selected: false });
    const picked = (await option.first().innerText()).trim();
    await option.first().click();
    await page.getByRole('button', { name: `Retirer ${picked}` }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Profil enregistré.').waitFor();
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT website, offers FROM companies WHERE external_id = 'BQ-1042'`);
    expect(row.website).toBe('https://neovasc.example');
    expect(row.offers).toContain('regulatory_affairs');
    await context.close();
  });

  it('passes axe-core on every member page, on a phone too', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    const pages = [
      '/suggestions',
      '/requests',
      '/meetings',
      '/events',
      '/settings',
      '/notifications',
      '/profile',
    ];
    pages.push(`/companies/${ids.get('LSO-0310')}`);
    for (const size of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      for (const path of pages) {
        await page.goto(path);
        await page.locator('h1').first().waitFor();
        await page.locator('.skeleton, .page-loading').first().waitFor({ state: 'detached' });
        expect([path, await seriousViolations(page)]).toEqual([path, []]);
      }
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Rencontres' }).click();
    await page.getByRole('heading', { name: 'Mes rencontres' }).waitFor();
    await context.close();
  });

  it('lets an invited person choose a password from the email link and signs them in', async () => {
    const delivered = await mail.next('direction@neovasc.example');
    const token = /\/invitation\/([\w-]+)/.exec(delivered.text)![1];
    const { context, page } = await newPerson(browser, base);
    await page.goto(`/invitation/${token}`);
    await page.getByRole('heading', { name: 'Bienvenue sur Passerelle' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Mot de passe', { exact: true }).fill('Nouveau-Passe-2026');
    await page.getByLabel('Confirmez le mot de passe').fill('Nouveau-Passe-2026');
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/invitation'));
    await page.getByRole('link', { name: 'Partenaires suggérés' }).first().waitFor();
    await context.close();
  });
});
