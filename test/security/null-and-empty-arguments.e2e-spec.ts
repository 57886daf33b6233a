import { DataSource } from 'typeorm';
import { createEvent } from '../events/events-fixtures.js';
import { importCompanies, sampleDocument, signInSampleViewers } from '../support/fixtures.js';
import { documentToSheet, toCsv } from '../support/spreadsheets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UPDATE_ME = `mutation($input: UpdateMeInput!) { updateMe(input: $input) { name locale timeZone digest } }`;
const INVITE = `mutation($name: String!, $email: String!) { inviteMember(email: $email, name: $name) { id } }`;

/**
 * What GraphQL lets through to the services as valid: an explicit null for an optional field or
 * an argument with a default, an empty text, a number out of range, a text longer than its column. Each is refused
 * naming the field (or read as the default), in the caller's language, with nothing written;
 * none is a 500.
 */
describe('null, empty, out-of-range and over-long arguments', () => {
  let t: TestApp;
  let db: DataSource;
  let ids: Map<string, string>;
  let julie: string;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.startWorker();
    db = t.app.get(DataSource);
    ids = await importCompanies(t, sampleDocument());
    ({ julie, staff } = await signInSampleViewers(t, ['julie', 'staff'], ids));
  });
  afterAll(() => t.close());

  const julieRow = async () =>
    (
      await db.query(`SELECT name, locale, time_zone, digest FROM users WHERE email = 'julie@neovasc.test'`)
    )[0];

  it('refuses null for each of one’s own settings, all at once, and changes nothing', async () => {
    const before = await julieRow();
    const response = await t.gql(
      UPDATE_ME,
      { input: { name: null, locale: null, timeZone: null, digest: null } },
      { token: julie },
    );
    expect(response.errors?.[0]).toMatchObject({
      message: 'Certaines valeurs ne sont pas valides.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'input.name', message: 'est obligatoire.' },
          { path: 'input.timeZone', message: 'est obligatoire.' },
          { path: 'input.locale', message: 'est obligatoire.' },
          { path: 'input.digest', message: 'est obligatoire.' },
        ],
      },
    });
    expect(await julieRow()).toEqual(before);
  });

  it('refuses a name longer than 200 characters and keeps the other changes unwritten', async () => {
    const before = await julieRow();
    const response = await t.gql(
      UPDATE_ME,
      { input: { name: 'J'.repeat(201), locale: 'en' } },
      { token: julie },
    );
    expect(response.errors?.[0].extensions.fields).toEqual([
      { path: 'input.name', message: 'doit compter au plus 200 caractères.' },
    ]);
    expect(await julieRow()).toEqual(before);
    const renamed = await t.gql(UPDATE_ME, { input: { name: '  Julie R.  ' } }, { token: julie });
    expect(renamed.data).toMatchObject({ updateMe: { name: 'Julie R.', locale: 'fr' } });
  });

  it('refuses to invite a person under a name longer than 200 characters, and creates no account', async () => {
    const email = 'long.name@neovasc.test';
    const response = await t.gql(INVITE, { email, name: 'N'.repeat(201) }, { token: julie });
    expect(response.errors?.[0].extensions.fields).toEqual([
      { path: 'name', message: 'doit compter au plus 200 caractères.' },
    ]);
    expect(await db.query(`SELECT 1 FROM users WHERE email = $1`, [email])).toEqual([]);
  });

  it('checks the name chosen on accepting an invitation before the invitation is used', async () => {
    const response = await t.gql(
      `mutation($name: String) { acceptInvitation(token: "unknown", password: "Long-enough-2026", name: $name) { accessToken } }`,
      { name: 'A'.repeat(201) },
      { language: 'en' },
    );
    expect(response.errors?.[0].extensions.fields).toEqual([
      { path: 'name', message: 'must be at most 200 characters.' },
    ]);
  });

  it('refuses an empty date in the partnership report, in GraphQL and in the CSV export', async () => {
    const response = await t.gql(`{ partnershipReport(from: "") { from } }`, {}, { token: staff });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'from', message: 'must be a date YYYY-MM-DD.' }],
    });
    const csv = await t
      .http()
      .get('/admin/reports/partnership.csv?from=')
      .set('authorization', `Bearer ${staff}`);
    expect(csv.status).toBe(400);
    expect(csv.body.errors[0].extensions.fields).toEqual([
      { path: 'from', message: 'must be a date YYYY-MM-DD.' },
    ]);
  });

  it('reads publish: null on the event scheduler as the default, a dry run', async () => {
    const eventId = await createEvent(t, staff, { organizers: ['LSO'] });
    const response = await t.gql(
      `mutation($eventId: ID!) { scheduleEventMeetings(eventId: $eventId, publish: null) { publish status } }`,
      { eventId },
      { token: staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ scheduleEventMeetings: { publish: false, status: 'DONE' } });
  });

  it('reads dryRun: null on a spreadsheet import as the default, a dry run that writes nothing', async () => {
    const document = sampleDocument();
    document.companies = document.companies.map((c) => ({ ...c, externalId: `NEW-${String(c.externalId)}` }));
    const response = await t.gql(
      `mutation($content: String!) { importSpreadsheet(format: CSV, content: $content, dryRun: null) { dryRun created } }`,
      { content: toCsv(documentToSheet(document)) },
      { token: staff },
    );
    expect(response.data).toEqual({ importSpreadsheet: { dryRun: true, created: 8 } });
    expect(await db.query(`SELECT 1 FROM companies WHERE external_id LIKE 'NEW-%'`)).toEqual([]);
  });

  it.each([-1, 0, 101, 2_147_483_647])(
    'refuses matchingRuns(last: %d), never cutting it down silently',
    async (last) => {
      const response = await t.gql(
        `query($last: Int!) { matchingRuns(last: $last) { id } }`,
        { last },
        { token: staff },
      );
      expect(response.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'last', message: 'must be a whole number from 1 to 100.' }],
      });
    },
  );
});
