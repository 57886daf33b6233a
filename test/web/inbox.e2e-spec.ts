import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
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

const MAPLE = 'Maple Antibody Therapeutics';
const LAKESHORE = 'Lakeshore Clinical Research';
const NORTHERN = 'Northern Light Ventures';

const PHONE = { width: 390, height: 844 };
/** A message of one unbroken word (a pasted link or a key held down): it once made the page 16,000 px wide. */
const LONG_WORD = 'x'.repeat(1500);

/** A range one week ahead, on the hour. */
function nextWeek(hour: number): { start: string; end: string } {
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  start.setUTCHours(hour, 0, 0, 0);
  return { start: start.toISOString(), end: new Date(start.getTime() + 3600 * 1000).toISOString() };
}

describe('the received-requests inbox in the browser: best fit first, many declined at once (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startBrowserWorld());
    const ids = await sampleCompaniesWith(t, 'julie', 'ann');
    const db = t.app.get(DataSource);
    const [{ id: runId }] = await db.query(
      `INSERT INTO matching_runs (kind, status, model_version, weights, top_k)
       VALUES ('FULL', 'COMPLETED', 'test', '{}', 100) RETURNING id`,
    );
    await db.query(`UPDATE matching_state SET current_run_id = $1 WHERE id = 1`, [runId]);
    const fits: [string, number][] = [
      ['LSO-1203', 0.8],
      ['LSO-0877', 0.6],
      ['LSO-0310', 0.4],
    ];
    for (const [partner, score] of fits) {
      await db.query(
        `INSERT INTO match_scores (run_id, company_id, partner_id, score, components, reasons)
         VALUES ($1, $2, $3, $4, '{}', $5)`,
        [
          runId,
          ids.get('BQ-1042'),
          ids.get(partner),
          score,
          JSON.stringify([{ code: 'SHARED_AREA', params: { area: 'cardiovascular' } }]),
        ],
      );
    }
    const senders: [string, string][] = [
      ['ann@lakeshore.test', 'LSO-0310'],
      ['mia@maple.test', 'LSO-1203'],
      ['noah@northernlight.test', 'LSO-0877'],
    ];
    for (const [index, [email, company]] of senders.entries()) {
      if (email !== 'ann@lakeshore.test') {
        await createUser(t, {
          email,
          name: email.split('@')[0],
          role: 'MEMBER',
          locale: 'en',
          companyId: ids.get(company),
        });
      }
      const response = await t.gql(
        `mutation($to: ID!, $s: [TimeRangeInput!], $m: String) {
           requestMeeting(toCompanyId: $to, proposedSlots: $s, message: $m) { id } }`,
        { to: ids.get('BQ-1042'), s: [nextWeek(14 + index)], m: company === 'LSO-0877' ? LONG_WORD : null },
        { token: await login(t, email) },
      );
      if (!response.data) throw new Error(JSON.stringify(response.errors));
    }
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  it('shows the best-suited requests first with their reasons, and declines two with one polite word', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    await page.goto('/requests');
    await page.getByRole('article', { name: MAPLE }).waitFor();
    expect(await page.locator('article h3').allInnerTexts()).toEqual([MAPLE, NORTHERN, LAKESHORE]);
    const maple = page.getByRole('article', { name: MAPLE });
    expect(await maple.locator('.score-value').innerText()).toMatch(/Affinité 80 %/);
    expect(await maple.locator('.reasons li').first().innerText()).toBe(
      'Vous travaillez tous deux dans le domaine cardiovasculaire',
    );
    expect(await page.getByLabel('Trier par').inputValue()).toBe('BEST_FIT');

    await page.getByLabel(`Sélectionner la demande de ${MAPLE}`).check();
    await page.getByLabel(`Sélectionner la demande de ${LAKESHORE}`).check();
    await page.getByText('2 demandes sélectionnées').first().waitFor();
    expect(await page.getByLabel('Un mot pour chacune de ces entreprises').inputValue()).toMatch(/^Merci/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Décliner les 2 demandes' }).click();
    await page.getByText('2 demandes déclinées ; chaque entreprise en a été avisée.').waitFor();
    await page.getByRole('article', { name: MAPLE }).getByText('Refusée').waitFor();
    await page.getByRole('article', { name: LAKESHORE }).getByText('Refusée').waitFor();
    await page.getByRole('article', { name: NORTHERN }).getByText('En attente').waitFor();
    await context.close();
  });

  it('keeps a long unbroken word inside its card on a phone, and ends the expiry line with one full stop', async () => {
    const julie = await newPerson(browser, base, 'fr-CA');
    await julie.page.setViewportSize(PHONE);
    await signIn(julie.page, 'julie@neovasc.test', TEST_PASSWORD);
    await julie.page.goto('/requests');
    const northern = julie.page.getByRole('article', { name: NORTHERN });
    const message = northern.locator('.message');
    await message.waitFor();
    expect(await julie.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    const [card, text] = [await northern.boundingBox(), await message.boundingBox()];
    expect(text!.x + text!.width).toBeLessThanOrEqual(card!.x + card!.width);
    await julie.context.close();

    // English times end with "a.m." or "p.m.": the sentence's own full stop is not added after them.
    const noah = await newPerson(browser, base, 'en-CA');
    await signIn(noah.page, 'noah@northernlight.test', TEST_PASSWORD);
    await noah.page.goto('/requests');
    await noah.page.getByRole('tab', { name: /^Sent/ }).click();
    const expiry = noah.page.getByText(/^Without an answer, the request expires on /);
    expect(await expiry.innerText()).toMatch(/[ap]\.m\.$/);
    await noah.context.close();
  });
});
