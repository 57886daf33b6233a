import { DataSource } from 'typeorm';
import type { Browser } from 'playwright-core';
import { createUser, sampleDocument, TEST_PASSWORD } from '../support/fixtures.js';
import { documentToSheet, toCsv, toXlsx } from '../support/spreadsheets.js';
import type { TestApp } from '../support/test-app.js';
import {
  newPerson,
  seriousViolations,
  signIn,
  closeBrowserWorld,
  startBrowserWorld,
} from './support/browser.js';

function upload(document: unknown) {
  return {
    name: 'membres.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  };
}

describe('the web app for staff (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startBrowserWorld());
    await createUser(t, {
      email: 'sophie@bioquebec.test',
      name: 'Sophie Gagnon',
      role: 'STAFF',
      locale: 'fr',
      association: 'BIOQUEBEC',
    });
    await t.startWorker();
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  it('lists every problem of a member file, in French, and writes nothing until the file is clean', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'sophie@bioquebec.test', TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Entreprises membres' }).waitFor();
    await page.getByRole('link', { name: 'Importer des membres' }).first().click();

    const broken = sampleDocument();
    broken.companies[1].province = 'BC';
    broken.companies[3].offers = ['not_a_capability'];
    broken.companies[5].externalId = broken.companies[0].externalId;
    await page.getByLabel('Fichier des membres (JSON, CSV ou Excel .xlsx)').setInputFiles(upload(broken));
    await page.getByText('3 problèmes : rien n’a été importé.').waitFor();
    const rows = page.getByRole('table', { name: 'Problèmes du fichier' }).locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const text = await rows.allInnerTexts();
    expect(text.join('\n')).toContain('companies[1].province');
    expect(text.join('\n')).toContain('companies[3].offers[0]');
    expect(text.join('\n')).toContain('Lakeshore Clinical Research');
    expect(await seriousViolations(page)).toEqual([]);
    const [{ count }] = await t.app.get(DataSource).query('SELECT count(*)::int AS count FROM companies');
    expect(count).toBe(0);

    await page
      .getByLabel('Fichier des membres (JSON, CSV ou Excel .xlsx)')
      .setInputFiles(upload(sampleDocument()));
    await page
      .getByText('membres.json est valide — entreprises : 8 (nouvelles : 8, déjà connues : 0).')
      .waitFor();
    await page.getByRole('button', { name: 'Importer les 8 entreprises' }).click();
    await page.getByText(/Import terminé — créées : 8/).waitFor();
    await page.goto('/staff/companies');
    await page.getByRole('link', { name: 'Néovasc Thérapeutique inc.' }).waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('cardiowave');
    const found = page.getByRole('table').locator('tbody tr');
    await found.filter({ hasNotText: 'Cardiowave Medical' }).first().waitFor({ state: 'detached' });
    expect(await found.allInnerTexts()).toEqual([expect.stringContaining('Cardiowave Medical')]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('checks a spreadsheet in English, by row and column, then previews and imports a workbook, on a phone', async () => {
    await createUser(t, {
      email: 'sam@lso.test',
      name: 'Sam Patel',
      role: 'STAFF',
      locale: 'en',
      association: 'LSO',
    });
    const { context, page } = await newPerson(browser, base, 'en-CA');
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'sam@lso.test', TEST_PASSWORD);
    await page.goto('/staff/import');
    const document = sampleDocument();
    document.companies.push({
      ...document.companies[2],
      externalId: 'LSO-2000',
      name: 'Huron Diagnostics',
      contacts: undefined,
    });
    const sheet = documentToSheet(document);
    const bad = sheet.map((row) => [...row]);
    bad[0].push('colour');
    bad[3][bad[0].indexOf('languages')] = 'en;de';
    const input = page.getByLabel('Member file (JSON, CSV or Excel .xlsx)');
    await input.setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(bad)) });
    await page.getByText('2 problems: nothing was imported.').waitFor();
    const problems = page.getByRole('table', { name: 'Problems in the file' });
    expect(await problems.locator('thead th').allInnerTexts()).toEqual(['Row', 'Column', 'Problem']);
    expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^1\s+colour\s+unknown column\.$/),
      expect.stringMatching(/^4\s+languages\s+"de" is not a known code of languages\.$/),
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    await input.setInputFiles({
      name: 'members.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: toXlsx(sheet),
    });
    await page.getByText('members.xlsx is valid — companies: 9 (new: 1, already known: 8).').waitFor();
    const preview = page.getByRole('table', { name: 'Companies in the file' }).locator('tbody tr');
    expect(await preview.count()).toBe(9);
    expect(await preview.last().innerText()).toMatch(
      /^10\s+LSO-2000\s+Huron Diagnostics\s+New: will be created$/,
    );
    expect(await preview.first().innerText()).toContain('Already known: will be updated');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import the 9 companies' }).click();
    await page.getByText(/Import done — created: 1 · updated: 0 · unchanged: 8/).waitFor();
    await context.close();
  });

  it('starts a full rescore and follows it until it is done', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'sophie@bioquebec.test', TEST_PASSWORD);
    await page.goto('/staff/matching');
    await page.getByRole('button', { name: 'Tout recalculer' }).click();
    // The run just started is the first card; it is polled until the worker finishes it.
    const current = page.locator('section.panel[aria-live="polite"]');
    await current.getByText('Terminé', { exact: true }).waitFor({ timeout: 60000 });
    expect(await current.innerText()).toMatch(/Entreprises traitées : (\d+) sur \1 \(100 %\)/);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('keeps members out of the staff pages', async () => {
    const [company] = await t.app.get(DataSource).query('SELECT id FROM companies LIMIT 1');
    await createUser(t, {
      email: 'marc@member.test',
      name: 'Marc',
      role: 'MEMBER',
      locale: 'fr',
      companyId: company.id,
    });
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'marc@member.test', TEST_PASSWORD);
    await page.goto('/staff/import');
    await page.getByText('Cette page n’existe pas.').waitFor();
    await context.close();
  });
});
