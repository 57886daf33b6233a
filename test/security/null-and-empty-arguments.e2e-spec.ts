import { DataSource } from 'typeorm';
import { importCompanies, sampleDocument, signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UPDATE_ME = `mutation($input: UpdateMeInput!) { updateMe(input: $input) { name locale timeZone digest } }`;
const INVITE = `mutation($name: String!, $email: String!) { inviteMember(email: $email, name: $name) { id } }`;

/**
 * What GraphQL lets through to the services as valid: an explicit null for an optional field or
 * an argument with a default, an empty text, a text longer than its column. Each is refused
 * naming the field (or read as the default), in the caller's language, with nothing written;
 * none is a 500.
 */
describe('null, empty and over-long arguments', () => {
  let t: TestApp;
  let db: DataSource;
  let ids: Map<string, string>;
  let julie: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    ids = await importCompanies(t, sampleDocument());
    ({ julie } = await signInSampleViewers(t, ['julie'], ids));
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
});
