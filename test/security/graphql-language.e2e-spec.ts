import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { importCompanies, sampleDocument, signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const COMPANIES = `query($first: Int) { companies(first: $first) { totalCount } }`;

/**
 * What graphql-js refuses before any resolver runs (a document that does not parse or fit the
 * schema, variables of the wrong type) is said in the caller's language too: French for Julie,
 * whose client sends no Accept-Language, and for an anonymous caller asking for French.
 */
describe('GraphQL’s own refusals in the caller’s language', () => {
  let t: TestApp;
  let julie: string;
  let ann: string;

  beforeAll(async () => {
    t = await startTestApp();
    const ids = await importCompanies(t, sampleDocument());
    ({ julie, ann } = await signInSampleViewers(t, ['julie', 'ann'], ids));
  });
  afterAll(() => t.close());

  const firstError = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await t.gql(query, variables, token ? { token } : { language: 'fr-CA,fr;q=0.9' });
    expect(response.status).toBe(400);
    return response.errors?.[0];
  };

  it.each([
    [
      'a variable of the wrong type',
      COMPANIES,
      { first: 'ten' },
      'La variable « $first » a une valeur invalide, "ten" : un entier est attendu (reçu : "ten").',
    ],
    [
      'a bad value inside an input',
      `mutation($input: UpdateMeInput!) { updateMe(input: $input) { id } }`,
      { input: { locale: 'de' } },
      'La variable « $input » (à « input.locale ») a une valeur invalide, "de" : "de" n’est pas une valeur de Locale.',
    ],
    [
      'an unknown enum value in a variable',
      `query($status: TradeMissionStatus) { tradeMissions(status: $status) { id } }`,
      { status: 'OPENED' },
      'La variable « $status » a une valeur invalide, "OPENED" : "OPENED" n’est pas une valeur de TradeMissionStatus.',
    ],
    [
      'a missing variable',
      `query($id: ID!) { company(id: $id) { id } }`,
      {},
      'La variable « $id » (type ID!) est obligatoire.',
    ],
    [
      'an unknown field',
      `{ company(id: "x") { id turnover } }`,
      {},
      'Le champ « turnover » n’existe pas dans le type Company.',
    ],
    [
      'a missing argument',
      `{ company { id } }`,
      {},
      'L’argument « id » de « company » (type ID!) est obligatoire.',
    ],
    [
      'an instant written in words',
      `{ meetings(from: "tomorrow") { id } }`,
      {},
      'La valeur "tomorrow" ne convient pas au type DateTime : une date et une heure avec leur décalage sont attendues, par ex. 2026-12-03T10:00:00-05:00 ou 2026-12-03T15:00:00Z.',
    ],
    [
      'an instant in words, in a variable',
      `query($from: DateTime) { meetings(from: $from) { id } }`,
      { from: 'tomorrow' },
      'La variable « $from » a une valeur invalide, "tomorrow" : une valeur de type DateTime est attendue : une date et une heure avec leur décalage sont attendues, par ex. 2026-12-03T10:00:00-05:00 ou 2026-12-03T15:00:00Z.',
    ],
    [
      'a syntax error',
      `{ company(id: "x") { id `,
      {},
      'Erreur de syntaxe GraphQL : la requête s’arrête trop tôt.',
    ],
  ])('says %s in French', async (_, query, variables, message) => {
    expect((await firstError(query, variables, julie))?.message).toBe(message);
    expect((await firstError(query, variables))?.message).toBe(message);
  });

  it('keeps English for an English speaker, and graphql-js’s words when no French rule reads them', async () => {
    const english = await firstError(COMPANIES, { first: 'ten' }, ann);
    expect(english?.message).toBe(
      'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
    );
    const unread = await firstError(`{ __typename @deprecated }`, {}, julie);
    expect(unread).toMatchObject({
      message: 'La requête GraphQL n’est pas valide.',
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        detail: 'Directive "@deprecated" may not be used on FIELD.',
      },
    });
  });

  it('says Apollo’s refusals of a request’s shape in French too: CSRF, a GET mutation, a persisted query', async () => {
    const csrf = await t
      .http()
      .post('/graphql')
      .set('content-type', 'text/plain')
      .set('accept-language', 'fr')
      .send('{"query":"mutation { markAllRead }"}');
    expect(csrf.status).toBe(400);
    expect(csrf.body.errors[0]).toEqual({
      message:
        'Requête bloquée contre la falsification intersite (CSRF) : envoyez-la en Content-Type application/json, ou avec un en-tête « apollo-require-preflight » non vide.',
      extensions: { code: 'BAD_REQUEST' },
    });
    const getMutation = await t
      .http()
      .get('/graphql')
      .query({ query: 'mutation { markAllRead }' })
      .set('apollo-require-preflight', '1')
      .set('authorization', `Bearer ${julie}`);
    expect(getMutation.status).toBe(405);
    expect(getMutation.body.errors[0].message).toBe(
      'Une requête GET ne porte qu’une lecture (query), pas une opération mutation : utilisez POST.',
    );
    const apq = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${julie}`)
      .send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(apq.body.errors[0]).toEqual({
      message:
        'Les requêtes persistées (APQ) ne sont pas prises en charge : envoyez le texte de l’opération.',
      extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
    });
    const english = await t.http().post('/graphql').set('content-type', 'text/plain').send('{}');
    expect(english.body.errors[0].message).toMatch(
      /^This operation has been blocked as a potential Cross-Site/,
    );
  });

  it('says the same over the WebSocket, with the codes Apollo gives over HTTP', async () => {
    const server = await t.app.listen(0, '127.0.0.1');
    const client = createClient({
      url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${julie}` },
      retryAttempts: 0,
    });
    const firstAnswer = (query: string, variables: Record<string, unknown> = {}) =>
      new Promise<unknown>((resolve) => {
        client.subscribe(
          { query, variables },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        );
      });
    try {
      expect(await firstAnswer(`subscription { notificationAdded { id colour } }`)).toEqual([
        expect.objectContaining({
          message: 'Le champ « colour » n’existe pas dans le type Notification.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
      expect(
        await firstAnswer(`query($first: Int) { companies(first: $first) { totalCount } }`, { first: 'ten' }),
      ).toEqual([
        expect.objectContaining({
          message:
            'La variable « $first » a une valeur invalide, "ten" : un entier est attendu (reçu : "ten").',
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
    } finally {
      await client.dispose();
    }
  });
});
