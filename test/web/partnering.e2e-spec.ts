import type { Browser, Page } from 'playwright-core';
import { runFullRescore } from '../matching/run-helpers.js';
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

const LAKESHORE = 'Lakeshore Clinical Research';
const NEOVASC = 'Néovasc Thérapeutique inc.';

/** A weekday at least a week ahead, as the date input wants it (YYYY-MM-DD). */
function nextWeekday(): string {
  const day = new Date(Date.now() + 8 * 24 * 3600 * 1000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

describe('partnering in the browser: suggestion, request, acceptance, staff pin (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Map<string, string>;

  beforeAll(async () => {
    ({ t, browser, base } = await startBrowserWorld());
    ids = await sampleCompaniesWith(t, 'julie', 'ann');
    await createUser(t, {
      email: 'staff@lso.test',
      name: 'Sam Staff',
      role: 'STAFF',
      locale: 'en',
      association: 'LSO',
    });
    await t.startWorker();
    await runFullRescore(t, await login(t, 'staff@lso.test'));
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  async function cardTitles(page: Page): Promise<string[]> {
    await page.locator('.suggestion h3').first().waitFor();
    return page.locator('.suggestion h3').allInnerTexts();
  }

  it('a member signed in in French finds a partner with reasons in French and asks to meet', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Partenaires suggérés' }).waitFor();
    const card = page.getByRole('article', { name: LAKESHORE });
    await card.waitFor();
    expect(await card.getByRole('heading', { name: 'Pourquoi cette suggestion' }).count()).toBe(1);
    expect(await card.locator('.reasons li').first().innerText()).toMatch(/[éèàç]|vous|essais/);
    expect(await card.locator('.score-value').innerText()).toMatch(/Affinité \d+ %/);
    expect(await seriousViolations(page)).toEqual([]);

    await card.getByRole('button', { name: /Demander une rencontre/ }).click();
    const dialog = page.getByRole('dialog', { name: `Rencontre avec ${LAKESHORE}` });
    await dialog.getByLabel('Votre message').fill('Bonjour, parlons de vos sites cliniques en Ontario.');
    // Meeting at an event without choosing one is said, not sent.
    await dialog.getByText('Se rencontrer à un événement').click();
    await dialog.getByRole('button', { name: 'Envoyer la demande' }).click();
    await dialog.getByText('Choisissez l’événement où vous proposez de vous rencontrer.').waitFor();
    await dialog.getByText('Proposer jusqu’à trois moments').click();
    await dialog.getByLabel('Date du moment 1').fill(nextWeekday());
    await dialog.getByLabel('Heure du moment 1').fill('10:00');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Envoyer la demande' }).click();
    await dialog.getByText(`Votre demande a été envoyée à ${LAKESHORE}`).waitFor();
    await dialog.getByRole('button', { name: 'Fermer' }).first().click();
    // The feed page itself is answered from memory; where the two companies stand is asked afresh.
    await card.getByText('Demande envoyée, en attente de réponse').waitFor();
    expect(await card.getByRole('button', { name: /Demander une rencontre/ }).count()).toBe(0);
    await page.reload();
    await card.getByText('Demande envoyée, en attente de réponse').waitFor();
    expect(await card.getByRole('button', { name: /Demander une rencontre/ }).count()).toBe(0);

    await page.goto('/requests');
    await page.getByRole('tab', { name: /Envoyées/ }).click();
    await page.getByRole('article', { name: LAKESHORE }).getByText('En attente').waitFor();
    await context.close();
  });

  it('the partner accepts the proposed time in English; the requester is told live, and both see the meeting', async () => {
    const julie = await newPerson(browser, base, 'fr-CA');
    await signIn(julie.page, 'julie@neovasc.test', TEST_PASSWORD);
    await julie.page.getByRole('link', { name: '0 notification non lue' }).waitFor();

    const { context, page } = await newPerson(browser, base, 'en-CA');
    await signIn(page, 'ann@lakeshore.test', TEST_PASSWORD);
    await page.goto('/requests');
    const request = page.getByRole('article', { name: NEOVASC });
    await request.getByText('Bonjour, parlons de vos sites cliniques en Ontario.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await request.getByRole('button', { name: 'Accept' }).click();
    await request.getByText('Accepted').waitFor();

    await page.goto('/meetings');
    const meeting = page.getByRole('article', { name: NEOVASC });
    await meeting.waitFor();
    expect(await meeting.locator('.meeting-time').innerText()).toContain('10:00');
    expect(await meeting.getByRole('link', { name: 'Add to my calendar' }).getAttribute('href')).toMatch(
      /^https?:\/\//,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    // Pushed over graphql-ws to the page Julie already had open: no reload.
    await julie.page.getByRole('link', { name: '1 notification non lue' }).waitFor();
    await julie.page.goto('/meetings');
    const hers = julie.page.getByRole('article', { name: LAKESHORE });
    await hers.waitFor();
    expect(await hers.locator('.meeting-time').innerText()).toContain('10 h 00');
    await julie.page.goto('/notifications');
    await julie.page.getByRole('link', { name: /a accepté votre demande de rencontre/ }).click();
    await julie.page.waitForURL('**/meetings');
    await julie.context.close();
  });

  it('a match that staff pin shows first, as recommended by staff', async () => {
    const member = await newPerson(browser, base, 'fr-CA');
    await signIn(member.page, 'julie@neovasc.test', TEST_PASSWORD);
    const before = await cardTitles(member.page);
    expect(before.length).toBeGreaterThan(1);
    const last = before[before.length - 1];

    const staff = await newPerson(browser, base, 'en-CA');
    await signIn(staff.page, 'staff@lso.test', TEST_PASSWORD);
    await staff.page.goto(`/staff/companies/${ids.get('BQ-1042')}`);
    const match = staff.page.getByRole('article', { name: last });
    await match.getByRole('button', { name: `Pin — ${last}` }).click();
    await match.getByText('Pinned').waitFor();
    expect(await seriousViolations(staff.page)).toEqual([]);
    await staff.context.close();

    await member.page.reload();
    await member.page.getByRole('heading', { name: 'Recommandés par le personnel' }).waitFor();
    expect((await cardTitles(member.page))[0]).toBe(last);
    expect(
      await member.page
        .locator('.suggestion')
        .first()
        .getByText('Recommandé par Life Sciences Ontario')
        .count(),
    ).toBe(1);
    await member.context.close();
  });

  it('narrows the feed with a filter, and a dismissed partner stays gone', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'julie@neovasc.test', TEST_PASSWORD);
    const all = await cardTitles(page);
    // Partners already met drop out of the feed: Lakeshore is gone since the meeting above.
    await page
      .getByRole('combobox', { name: 'Secteur', exact: true })
      .selectOption({ label: 'Investisseur' });
    await page.getByRole('button', { name: 'Effacer les filtres' }).waitFor();
    const narrowed = page.locator('.suggestion h3');
    await narrowed.filter({ hasText: 'Maple Antibody Therapeutics' }).waitFor({ state: 'detached' });
    await page.locator('[aria-busy="false"]').waitFor();
    expect(await narrowed.allInnerTexts()).toEqual(['Northern Light Ventures']);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();

    const gone = all[all.length - 1];
    await page.getByRole('button', { name: `Pas intéressé — ${gone}` }).click();
    const dialog = page.getByRole('dialog', { name: `Écarter ${gone}` });
    await dialog.getByLabel('Pas pour le moment').check();
    await dialog.getByRole('button', { name: 'Écarter la suggestion' }).click();
    await page.getByRole('article', { name: gone }).waitFor({ state: 'detached' });
    await page.reload();
    expect(await cardTitles(page)).not.toContain(gone);
    await context.close();
  });

  it('shows the lens as tabs, in French and in English, reachable with the arrow keys', async () => {
    const julie = await newPerson(browser, base, 'fr-CA');
    await signIn(julie.page, 'julie@neovasc.test', TEST_PASSWORD);
    const tabs = julie.page.getByRole('tablist', { name: 'Quels partenaires voir' });
    const all = tabs.getByRole('tab', { name: 'Tous' });
    expect(await all.getAttribute('aria-selected')).toBe('true');
    await cardTitles(julie.page);
    const helpers = tabs.getByRole('tab', { name: 'Qui peut nous aider' });
    await helpers.click();
    expect(await helpers.getAttribute('aria-selected')).toBe('true');
    const panel = julie.page.getByRole('tabpanel', { name: 'Qui peut nous aider' });
    await panel.getByText('ceux qui offrent ce que vous recherchez', { exact: false }).waitFor();
    await julie.page.locator('[aria-busy="false"]').waitFor();
    await cardTitles(julie.page);
    await julie.page.keyboard.press('ArrowRight');
    const helped = tabs.getByRole('tab', { name: 'Qui nous pouvons aider' });
    expect(await helped.getAttribute('aria-selected')).toBe('true');
    expect(await julie.page.locator(':focus').innerText()).toBe('Qui nous pouvons aider');
    expect(await seriousViolations(julie.page)).toEqual([]);
    await julie.context.close();

    const ann = await newPerson(browser, base, 'en-CA');
    await signIn(ann.page, 'ann@lakeshore.test', TEST_PASSWORD);
    const english = ann.page.getByRole('tablist', { name: 'Which partners to show' });
    await english.getByRole('tab', { name: 'Whom we can help' }).click();
    await ann.page
      .getByRole('tabpanel', { name: 'Whom we can help' })
      .getByText('those who seek what you offer', { exact: false })
      .waitFor();
    await ann.context.close();
  });
});
