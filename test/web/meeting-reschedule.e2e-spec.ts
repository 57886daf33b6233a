import type { Browser } from 'playwright-core';
import { login, TEST_PASSWORD } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';
import {
  closeBrowserWorld,
  newPerson,
  sampleCompaniesWith,
  seriousViolations,
  signIn,
  startBrowserWorld,
} from './support/browser.js';

const LAKESHORE = 'Lakeshore Clinical Research';
const PHONE = { width: 390, height: 844 };
const DAY = 24 * 3600 * 1000;

/** A range one week ahead, on the hour. */
function nextWeek(hour: number): { start: string; end: string } {
  const start = new Date(Date.now() + 7 * DAY);
  start.setUTCHours(hour, 0, 0, 0);
  return { start: start.toISOString(), end: new Date(start.getTime() + 3600 * 1000).toISOString() };
}

describe('moving a meeting to another time in the browser (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let meetingId: string;
  const slot = nextWeek(15);

  beforeAll(async () => {
    ({ t, browser, base } = await startBrowserWorld());
    const ids = await sampleCompaniesWith(t, 'julie', 'ann');
    const asked = await t.gql<{ requestMeeting: { id: string } }>(
      `mutation($to: ID!, $s: [TimeRangeInput!]) { requestMeeting(toCompanyId: $to, proposedSlots: $s) { id } }`,
      { to: ids.get('LSO-0310'), s: [slot] },
      { token: await login(t, 'julie@neovasc.test') },
    );
    const accepted = await t.gql<{ respondToMeetingRequest: { meeting: { id: string } } }>(
      `mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: true) { meeting { id } } }`,
      { id: asked.data!.requestMeeting.id },
      { token: await login(t, 'ann@lakeshore.test') },
    );
    meetingId = accepted.data!.respondToMeetingRequest.meeting.id;
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  it('one side proposes another time in French on a desktop, the other accepts it in English on a phone', async () => {
    const julie = await newPerson(browser, base, 'fr-CA');
    await signIn(julie.page, 'julie@neovasc.test', TEST_PASSWORD);
    await julie.page.goto('/meetings');
    const card = julie.page.getByRole('article', { name: LAKESHORE });
    await card.getByRole('button', { name: 'Proposer un autre horaire' }).click();
    // The form starts with the same length one day later, a second time a day after that.
    await card.getByRole('button', { name: 'Ajouter un horaire (3 au plus)' }).click();
    await card.getByLabel('Message (facultatif)').fill('Un imprévu : le lendemain, même heure ?');
    expect(await seriousViolations(julie.page)).toEqual([]);
    await card.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await card
      .getByText('Vous avez proposé un autre horaire ; l’autre entreprise n’a pas encore répondu :')
      .waitFor();
    await julie.context.close();

    const ann = await newPerson(browser, base, 'en-CA');
    await ann.page.setViewportSize(PHONE);
    await signIn(ann.page, 'ann@lakeshore.test', TEST_PASSWORD);
    await ann.page.goto('/meetings');
    await ann.page.getByText('Julie Roy proposes another time: choose one').waitFor();
    await ann.page.getByText('"Un imprévu : le lendemain, même heure ?"').waitFor();
    expect(await seriousViolations(ann.page)).toEqual([]);
    expect(await ann.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await ann.page.getByRole('radio').nth(1).check();
    await ann.page.getByRole('button', { name: 'Accept this time' }).click();
    await ann.page.getByRole('button', { name: 'Propose another time' }).waitFor();

    const seen = await t.gql<{ meeting: { start: string; end: string } }>(
      `query($id: ID!) { meeting(id: $id) { start end } }`,
      { id: meetingId },
      { token: await login(t, 'ann@lakeshore.test') },
    );
    // Two days later at the same wall-clock time: 48 hours, give or take a daylight-saving change.
    const { start, end } = seen.data!.meeting;
    expect(Math.abs(Date.parse(start) - Date.parse(slot.start) - 2 * DAY)).toBeLessThanOrEqual(3600 * 1000);
    expect(Date.parse(end) - Date.parse(start)).toBe(3600 * 1000);
    await ann.context.close();
  });

  it('the proposing side withdraws its proposal on a phone; the other side reads it in French and keeps the time', async () => {
    const ann = await newPerson(browser, base, 'en-CA');
    await ann.page.setViewportSize(PHONE);
    await signIn(ann.page, 'ann@lakeshore.test', TEST_PASSWORD);
    await ann.page.goto('/meetings');
    const card = ann.page.getByRole('article', { name: 'Néovasc Thérapeutique inc.' });
    await card.getByRole('button', { name: 'Propose another time' }).click();
    await card.getByRole('button', { name: 'Send the proposal' }).click();
    await card.getByText('You proposed another time; the other company has not answered yet:').waitFor();
    expect(await seriousViolations(ann.page)).toEqual([]);
    await card.getByRole('button', { name: 'Withdraw the proposal' }).click();
    await card.getByRole('button', { name: 'Propose another time' }).waitFor();
    await ann.context.close();

    const julie = await newPerson(browser, base, 'fr-CA');
    await signIn(julie.page, 'julie@neovasc.test', TEST_PASSWORD);
    await julie.page.goto('/notifications');
    const told = julie.page.getByRole('link', {
      name: /^Ann Smith \(Lakeshore Clinical Research\) a retiré le nouvel horaire proposé ; la rencontre reste le /,
    });
    expect(await told.innerText()).not.toMatch(/\.\./);
    await told.click();
    await julie.page.waitForURL('**/meetings');
    const hers = julie.page.getByRole('article', { name: LAKESHORE });
    await hers.getByRole('button', { name: 'Proposer un autre horaire' }).waitFor();
    expect(await hers.getByText('propose un autre horaire : choisissez-en un').count()).toBe(0);
    await julie.context.close();
  });
});
