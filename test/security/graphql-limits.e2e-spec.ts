import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GraphQL abuse limits', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({
      GRAPHQL_MAX_TOKENS: '400',
      GRAPHQL_MAX_COST: '3000',
      GRAPHQL_MAX_DIRECTIVES: '5',
    });
    ({ staff: token } = await signInSampleViewers(t, ['staff']));
  });
  afterAll(() => t.close());

  const refusal = (body: { errors?: { message: string; extensions: Record<string, unknown> }[] }) =>
    body.errors?.[0];

  it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH, in the caller’s language', async () => {
    const deep = `{ me { company { members { company { members { company { members { company { members {
      company { name } } } } } } } } } } }`;
    const response = await t.gql(deep, {}, { language: 'fr' });
    expect(response.status).toBe(400);
    expect(refusal(response)).toEqual({
      message: 'La requête imbrique 11 niveaux de champs ; au plus 10.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP', limit: 10, actual: 11 },
    });
    expect(response.data).toBeUndefined();
    // Signed in, the person's own language (English for this staff member), as for every error.
    const signedIn = await t.gql(deep, {}, { token, language: 'fr' });
    expect(refusal(signedIn)?.message).toBe('The query nests fields 11 levels deep; at most 10.');
  });

  it('accepts a query at the depth limit', async () => {
    const response = await t.gql(`{ me { company { name } } }`, {}, { token });
    expect(response.errors).toBeUndefined();
  });

  it('refuses more than GRAPHQL_MAX_ALIASES aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    const response = await t.gql(`{ ${aliases} }`, {}, { token });
    expect(response.status).toBe(400);
    expect(refusal(response)?.extensions).toMatchObject({
      reason: 'TOO_MANY_ALIASES',
      limit: 30,
      actual: 31,
    });
    expect(refusal(response)?.message).toBe('The query uses 31 aliases; at most 30.');
  });

  it('refuses more than GRAPHQL_MAX_DIRECTIVES directives', async () => {
    const fields = Array.from({ length: 6 }, () => `__typename @include(if: true)`).join(' ');
    const response = await t.gql(`{ ${fields} }`, {}, { token });
    expect(refusal(response)?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_DIRECTIVES',
    });
  });

  it('refuses directive overloading (graphql-cop) with one error, anonymous or signed in', async () => {
    const cop = `query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }`;
    for (const caller of [{ language: 'en' }, { token, language: 'fr' }]) {
      const response = await t.gql(cop, {}, caller);
      expect(response.status).toBe(400);
      expect(response.errors).toHaveLength(1);
      expect(refusal(response)).toEqual({
        message:
          caller.language === 'fr'
            ? 'La directive @aa n’existe pas ; la requête est refusée.'
            : 'The directive @aa does not exist; the query is refused.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_DIRECTIVE', directive: 'aa' },
      });
    }
    const repeated = `{ __typename ${'@include(if: true)'.repeat(4)} }`;
    const response = await t.gql(repeated, {}, { token, language: 'en' });
    expect(response.errors).toHaveLength(1);
    expect(refusal(response)).toEqual({
      message: 'The directive @include is repeated at one place; the query is refused.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'REPEATED_DIRECTIVE', directive: 'include' },
    });
    // The same directive at different places, and strings holding "@", are fine.
    const fine = `{ a: __typename @include(if: true) b: __typename @skip(if: false) @include(if: true) }`;
    expect((await t.gql(fine, {}, { token })).errors).toBeUndefined();
  });

  it('refuses a document over GRAPHQL_MAX_TOKENS before parsing it', async () => {
    const response = await t.gql(`{ ${'__typename '.repeat(500)} }`, {}, { token });
    expect(response.status).toBe(400);
    expect(refusal(response)?.extensions).toMatchObject({ reason: 'TOO_MANY_TOKENS', limit: 400 });
  });

  it('applies the same limits to subscriptions over the WebSocket', async () => {
    const server = await t.app.listen(0, '127.0.0.1');
    const client = createClient({
      url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const firstAnswer = (query: string) =>
      new Promise<unknown>((resolve) => {
        client.subscribe({ query }, { next: resolve, error: resolve, complete: () => resolve('complete') });
      });
    try {
      const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' ');
      expect(await firstAnswer(`subscription { notificationAdded { ${aliases} } }`)).toEqual([
        expect.objectContaining({
          message: 'The query uses 31 aliases; at most 30.',
          extensions: expect.objectContaining({ reason: 'TOO_MANY_ALIASES', limit: 30, actual: 31 }),
        }),
      ]);
      expect(await firstAnswer(`subscription { notificationAdded @aa@aa@aa@aa { id } }`)).toEqual([
        expect.objectContaining({
          message: 'The directive @aa does not exist; the query is refused.',
          extensions: expect.objectContaining({ reason: 'UNKNOWN_DIRECTIVE' }),
        }),
      ]);
      const tokens = `subscription { notificationAdded { ${'id '.repeat(500)} } }`;
      expect(await firstAnswer(tokens)).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ reason: 'TOO_MANY_TOKENS' }) }),
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('counts list sizes in the cost: a big page of nested pages is refused, a small one served', async () => {
    const query = `query($first: Int) { companies(first: $first) { edges { node {
      members { company { members { company { name } } } } } } } }`;
    const big = await t.gql(query, { first: 100 }, { token });
    expect(big.status).toBe(400);
    expect(refusal(big)?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
      limit: 3000,
    });
    const small = await t.gql(query, { first: 5 }, { token });
    expect(small.errors).toBeUndefined();
    // The same document again: what was measured for one set of variables is not taken for another.
    expect((await t.gql(query, { first: 100 }, { token })).status).toBe(400);
  });

  it('leaves `first` over 100 to the service, which names the field', async () => {
    const response = await t.gql(`{ companies(first: 101) { edges { node { id } } } }`, {}, { token });
    expect(refusal(response)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(refusal(response)?.extensions)).toContain('first');
  });

  it('runs batches of up to GRAPHQL_MAX_BATCH operations and refuses larger ones', async () => {
    const send = (n: number) =>
      t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send(Array.from({ length: n }, () => ({ query: '{ me { email } }' })));
    const five = await send(5);
    expect(five.status).toBe(200);
    expect(five.body).toHaveLength(5);
    expect(five.body[4].data.me.email).toBe('staff@lso.test');
    const six = await send(6);
    expect(six.status).toBe(400);
    expect(six.body.errors[0]).toEqual({
      message: 'A batched request holds at most 5 operations; this one has 6.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'BATCH_TOO_LARGE', limit: 5, actual: 6 },
    });
  });

  it('refuses a request body over REQUEST_BODY_LIMIT_KB, over STAFF_BODY_LIMIT_KB from staff', async () => {
    const padded = (kb: number) => ({ padding: 'x'.repeat(kb * 1024) });
    const anonymous = await t.gql(`{ __typename }`, padded(101), { language: 'en' });
    expect(anonymous.status).toBe(413);
    expect(refusal(anonymous)?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refusal(anonymous)?.message).toContain('100 kB');
    expect((await t.gql(`{ __typename }`, padded(101), { token })).status).toBe(200);
    const staffOver = await t.gql(`{ __typename }`, padded(t.config.STAFF_BODY_LIMIT_KB + 1), { token });
    expect(staffOver.status).toBe(413);
  });

  it('keeps CSRF prevention on: a simple cross-site GET without a preflight header is refused', async () => {
    const response = await t.http().get('/graphql').query({ query: '{ __typename }' });
    expect(response.status).toBe(400);
    expect(response.text).toContain('CSRF');
  });
});
