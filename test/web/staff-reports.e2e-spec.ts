import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import type { Browser } from 'playwright-core';
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

function nextWeek(hour: number): { start: string; end: string } {
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  start.setUTCHours(hour, 0, 0, 0);
  return { start: start.toISOString(), end: new Date(start.getTime() + 3600 * 1000).toISOString() };
}

describe('the partnership report for staff (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startBrowserWorld());
    const ids = await sampleCompaniesWith(t, 'julie', 'ann');
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
    // Néovasc (Québec) meets Lakeshore (Ontario); Néovasc plans a follow-up, Lakeshore says Néovasc did not come.
    const slot = nextWeek(15);
    const asked = await t.gql<{ requestMeeting: { id: string } }>(
      `mutation($to: ID!, $s: [TimeRangeInput!]) { requestMeeting(toCompanyId: $to, proposedSlots: $s) { id } }`,
      { to: ids.get('LSO-0310'), s: [slot] },
      { token: await login(t, 'julie@neovasc.test') },
    );
    if (!asked.data) throw new Error(JSON.stringify(asked.errors));
    const accepted = await t.gql<{ respondToMeetingRequest: { meeting: { id: string } } }>(
      `mutation($id: ID!, $s: TimeRangeInput) { respondToMeetingRequest(id: $id, accept: true, slot: $s) { meeting { id } } }`,
      { id: asked.data.requestMeeting.id, s: slot },
      { token: await login(t, 'ann@lakeshore.test') },
    );
    if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
    const meetingId = accepted.data.respondToMeetingRequest.meeting.id;
    const db = t.app.get(DataSource);
    await db.query(
      `UPDATE meeting_participants SET period = tstzrange(now() - interval '2 hours', now() - interval '90 minutes') WHERE meeting_id = $1`,
      [meetingId],
    );
    await db.query(
      `UPDATE meetings SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes' WHERE id = $1`,
      [meetingId],
    );
    await db.query(
      `INSERT INTO meeting_outcomes (meeting_id, company_id, useful, follow_up_planned, no_show, recorded_at)
       VALUES ($1, $2, true, true, false, now()), ($1, $3, false, false, true, now())`,
      [meetingId, ids.get('BQ-1042'), ids.get('LSO-0310')],
    );
  });

  afterAll(() => closeBrowserWorld({ t, browser }));

  it('shows the key figures and charts in French, with the CSV beside them', async () => {
    const { context, page } = await newPerson(browser, base, 'fr-CA');
    await signIn(page, 'sophie@bioquebec.test', TEST_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Bilan', exact: true }).click();
    await page.getByRole('heading', { name: 'En bref' }).waitFor();
    const figures = page.locator('.report-figures');
    expect((await figures.innerText()).replace(/\s+/g, ' ')).toBe(
      'Demandes de rencontre 1 Rencontres tenues 1 Part interprovinciale des rencontres 100 % Suivis prévus 1 Absences signalées 1',
    );
    const provinces = page.getByRole('figure', { name: 'Par province' }).getByRole('listitem');
    const byProvince = (await provinces.allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(byProvince).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Québec Rencontres tenues : 1 · Demandes de rencontre : 1$/),
        expect.stringMatching(/^Ontario Rencontres tenues : 1 · Demandes de rencontre : 0$/),
      ]),
    );
    await page
      .getByRole('figure', { name: 'Part interprovinciale' })
      .getByText('100 % des rencontres tenues réunissaient le Québec et l’Ontario (1 sur 1).')
      .waitFor();
    expect(await page.getByRole('figure', { name: 'Suites des rencontres' }).innerText()).toContain(
      'Absences signalées : 1',
    );
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('Partenariats discutés,Absences signalées');
    await context.close();
  });

  it('reads in English on a phone, and says when a period has no activity', async () => {
    const { context, page } = await newPerson(browser, base, 'en-CA');
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'sam@lso.test', TEST_PASSWORD);
    await page.goto('/staff/reports');
    await page.getByRole('figure', { name: 'Meetings month by month' }).waitFor();
    expect(await page.getByRole('figure', { name: 'By sector' }).innerText()).toContain(
      'A company counts in each of its sectors.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('From', { exact: true }).fill('2020-01-01');
    await page.getByLabel('To', { exact: true }).fill('2020-12-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('No activity in this period.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
