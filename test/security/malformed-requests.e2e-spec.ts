import { DataSource } from 'typeorm';
import { importCompanies, sampleDocument, signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DISMISS = `mutation($partnerId: ID!, $reason: String) { dismissSuggestion(partnerId: $partnerId, reason: $reason) }`;
const MEETINGS = `query($from: DateTime) { meetings(from: $from) { id } }`;
const SET_AVAILABILITY = `mutation($slots: [TimeRangeInput!]!) { setAvailability(slots: $slots) { start } }`;

/**
 * Requests a client gets wrong in shape rather than in substance: an operation name that picks
 * nothing, a subscription over HTTP, a NUL character, an instant that is not one. Each is
 * BAD_USER_INPUT naming what is wrong, in the caller's language, never a 500, nothing written.
 */
describe('malformed requests', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let julie: string;
  let ann: string;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, sampleDocument());
    ({ julie, ann } = await signInSampleViewers(t, ['julie', 'ann'], ids));
  });
  afterAll(() => t.close());

  const post = (body: unknown, token?: string) => {
    const call = t.http().post('/graphql').set('content-type', 'application/json');
    return (token ? call.set('authorization', `Bearer ${token}`) : call).send(JSON.stringify(body));
  };

  it('asks for operationName when a document holds several operations, or names the one missing', async () => {
    const document = 'query A { __typename } query B { __typename }';
    // Julie is French: her language, though her client sends no Accept-Language.
    const unnamed = await post({ query: document }, julie);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors).toEqual([
      {
        message:
          'Le document contient plusieurs opérations : nommez celle à exécuter dans « operationName ».',
        extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_NAME_REQUIRED', field: 'operationName' },
      },
    ]);
    const unknown = await post({ query: document, operationName: 'C' }, ann);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({
      message: 'The document holds no operation named "C" ("operationName").',
      extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_OPERATION' },
    });
    const chosen = await post({ query: document, operationName: 'B' }, ann);
    expect(chosen.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('sends a subscription over HTTP to the WebSocket', async () => {
    const response = await post({ query: 'subscription { notificationAdded { id } }' }, ann);
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toEqual({
      message: 'A subscription runs over a WebSocket (graphql-ws protocol) at /graphql, not over HTTP.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP', field: 'operationName' },
    });
  });

  it('refuses a NUL character in a variable or an argument, naming each, and writes nothing', async () => {
    const partnerId = ids.get('LSO-0310');
    const response = await t.gql(DISMISS, { partnerId, reason: 'pas\u0000pertinent' }, { token: julie });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toEqual({
      message: 'Certaines valeurs ne sont pas valides.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'reason', message: 'contient un caractère nul (U+0000), qui n’est pas permis.' }],
      },
    });
    const dismissed = await t.app.get(DataSource).query(`SELECT 1 FROM suggestion_dismissals`);
    expect(dismissed).toEqual([]);

    // The same document again (its arguments' verdict is kept with it): its variables still count.
    const again = await t.gql(DISMISS, { partnerId: '\u0000', reason: 'pas pertinent' }, { token: julie });
    expect(again.errors?.[0].extensions.fields).toEqual([
      { path: 'partnerId', message: 'contient un caractère nul (U+0000), qui n’est pas permis.' },
    ]);

    const literal = () =>
      t.gql(
        `mutation { updateMe(input: { name: "Ann\\u0000", timeZone: "UTC" }) { id } }`,
        {},
        { token: ann },
      );
    for (const response of [await literal(), await literal()]) {
      expect(response.errors?.[0].extensions.fields).toEqual([
        { path: 'input.name', message: 'contains a null character (U+0000), which is not allowed.' },
      ]);
    }
    const keyed = await t.gql(`mutation($d: JSON!) { importCompanies(document: $d) { companies } }`, {
      d: { companies: [{ ['name\u0000']: 'x' }] },
    });
    expect(keyed.errors?.[0].extensions.fields).toEqual([
      { path: 'd.companies[0]', message: 'contains a null character (U+0000), which is not allowed.' },
    ]);
  });

  it.each([
    ['words', 'yesterday'],
    ['a day that does not exist', '2027-02-30T10:00:00Z'],
    ['an hour that does not exist', '2027-03-10T24:30:00Z'],
    ['no offset', '2027-03-10T10:00:00'],
    ['no time', '2027-03-10'],
  ])('refuses an instant written as %s with BAD_USER_INPUT naming the variable', async (_, from) => {
    const response = await t.gql(MEETINGS, { from }, { token: ann });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('"$from"');
  });

  it('reads an instant with its offset, fractions of a second too', async () => {
    const response = await t.gql(MEETINGS, { from: '2027-03-10T10:00:00.250-05:00' }, { token: ann });
    expect(response).toEqual({ status: 200, data: { meetings: [] } });
  });

  it('refuses a bad instant inside an input and writes nothing', async () => {
    const response = await t.gql(
      SET_AVAILABILITY,
      { slots: [{ start: '2027-03-10T10:00:00Z', end: 'noon' }] },
      { token: ann },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toContain('at "slots[0].end"');
    const written = await t.app.get(DataSource).query(`SELECT 1 FROM availability_dated`);
    expect(written).toEqual([]);
  });

  it.each([
    ['objects', [{}, {}]],
    ['nulls', [null, null]],
    ['a name and no id', ['Néovasc', 'not-an-id']],
  ])('refuses a directory cursor made of %s, naming after', async (_, key) => {
    const after = Buffer.from(JSON.stringify(key)).toString('base64url');
    const response = await t.gql(
      `query($after: String) { companies(after: $after) { totalCount } }`,
      { after },
      {
        token: ann,
      },
    );
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after', message: 'is not a valid cursor for this list.' }],
    });
  });
});
