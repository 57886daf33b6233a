import type { Browser, Page } from 'playwright-core';
import { createMission, apply } from '../missions/missions-fixtures.js';
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
describe('trade missions in the browser: apply, selection, status and agenda (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let missionId: string;

  async function noViolations(page: Page): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    ({ t, browser, base } = await startBrowserWorld());
    const ids = await sampleCompaniesWith(t, 'julie');
    await createUser(t, {
      email: 'sophie@bioquebec.test',
      name: 'Sophie Gagnon',
      role: 'STAFF',
      locale: 'fr',
      association: 'BIOQUEBEC',
    });
    await createUser(t, {
      email: 'mark@lakeshore.test',
      name: 'Mark Chen',
      role: 'COMPANY_ADMIN',
      locale: 'en',
      companyId: ids.get('LSO-0310'),
    });
    missionId = await createMission(t, await login(t, 'sophie@bioquebec.test'));
    const host = await apply(
      t,
      await login(t, 'mark@lakeshore.test'),
      missionId,
      'HOST',
      'Meet Québec medtech.',
    );
    expect(host.errors).toBeUndefined();
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  it('lets a member see the fee for their company and apply as a delegate (French, desktop)', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    await page.getByRole('link', { name: 'Missions commerciales' }).first().click();
    const card = page.getByRole('article', { name: 'Mission commerciale à Toronto' });
    await card.getByText('Candidatures ouvertes').waitFor();
    await noViolations(page);
    await card.getByRole('link', { name: 'Mission commerciale à Toronto' }).click();
    await page.getByRole('heading', { name: 'Frais de participation pour votre entreprise' }).waitFor();
    expect(await page.locator('.price').innerText()).toMatch(/\$.*tarif membre/);
    await noViolations(page);
    await page.getByRole('button', { name: 'Postuler' }).click();
    await page.locator('.field-errors').waitFor();
    await page
      .getByLabel('Vos objectifs pour ce marché')
      .fill('Trouver un site d’essai clinique en Ontario.');
    await page.getByRole('button', { name: 'Postuler' }).click();
    await page.getByText(/^Candidature reçue/).waitFor();
    await page.getByRole('button', { name: 'Retirer ma candidature' }).waitFor();
    await noViolations(page);
    await context.close();
  });

  it('lets staff select the delegate and the host, then arrange and publish the meetings', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'sophie@bioquebec.test', TEST_PASSWORD);
    await page.goto(`/staff/missions/${missionId}`);
    await page.getByRole('heading', { name: 'Candidatures (2)' }).waitFor();
    await noViolations(page);
    const table = page.getByRole('table', { name: /Candidatures, de la meilleure/ });
    for (const company of ['Néovasc Thérapeutique inc.', 'Lakeshore Clinical Research']) {
      await table.getByRole('button', { name: `Retenir — ${company}` }).click();
      await table
        .getByRole('row', { name: new RegExp(company) })
        .getByText('Retenue')
        .waitFor();
    }
    await page.getByText('Délégation retenue : 1 sur 3').waitFor();
    await page.getByRole('button', { name: 'Calculer les rencontres (essai)' }).click();
    await page.getByRole('heading', { name: /^Rencontres placées : 1 · souhaits non placés : 0/ }).waitFor();
    const pairs = page.getByRole('table', { name: 'Rencontres par plage horaire' });
    expect(await pairs.innerText()).toContain('Lakeshore Clinical Research');
    await noViolations(page);
    await page.getByRole('button', { name: 'Publier les rencontres' }).click();
    await page.getByText('Rencontres publiées : les entreprises les voient dans leur agenda (1).').waitFor();
    // The report refetches after publishing: wait for the new figure, not for the old one.
    await page
      .locator('.facts')
      .filter({ hasText: /Rencontres planifiées\s*1(?!\d)/ })
      .waitFor();
    await noViolations(page);
    await context.close();
  });

  it('shows the selected delegate its status and agenda (French, 390 px)', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await page.setViewportSize(PHONE);
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    await page.goto('/missions');
    await page.getByRole('article', { name: 'Mission commerciale à Toronto' }).getByText('Retenue').waitFor();
    await page.goto(`/missions/${missionId}`);
    await page.getByText('Votre entreprise est retenue pour cette mission.').waitFor();
    await page.getByRole('heading', { name: 'Votre agenda de mission' }).waitFor();
    const meeting = page.getByRole('article', { name: 'Lakeshore Clinical Research' });
    expect(await meeting.innerText()).toContain('Avec');
    await meeting.getByRole('link', { name: /Ajouter à mon calendrier/ }).waitFor();
    await page.getByRole('link', { name: 'S’abonner à toute la mission (calendrier)' }).waitFor();
    await noViolations(page);
    await context.close();
  });

  it('shows the selected host its status and agenda (English, 390 px)', async () => {
    const { context, page } = await newPerson(browser, base, 'en-CA');
    await page.setViewportSize(PHONE);
    await signIn(page, 'mark@lakeshore.test', TEST_PASSWORD);
    await page.goto(`/missions/${missionId}`);
    await page.getByRole('heading', { name: 'Trade mission to Toronto' }).waitFor();
    await page.getByText('Your company is selected for this mission.').waitFor();
    const meeting = page.getByRole('article', { name: 'Néovasc Thérapeutique inc.' });
    expect(await meeting.innerText()).toMatch(/With .*Julie Roy/);
    await page.getByRole('button', { name: 'Print the agenda' }).waitFor();
    await noViolations(page);
    await context.close();
  });
});
