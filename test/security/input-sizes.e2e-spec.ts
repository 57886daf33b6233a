import { importCompanies, sampleDocument, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const COMPANIES = `query($filter: CompanyFilter) { companies(filter: $filter, first: 5) { totalCount } }`;

/** Oversized input is a mistake of the caller's: BAD_USER_INPUT naming it, never a 500. */
describe('input sizes', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    await importCompanies(t, sampleDocument());
    token = await signedIn(t, { email: 'sizes@staff.test', name: 'Sizes', role: 'STAFF', locale: 'en' });
  });
  afterAll(() => t.close());

  it('refuses a 90 kB search, naming filter.search, and still answers a normal one', async () => {
    const huge = 'phase trial '.repeat(7_500);
    const refused = await t.gql(COMPANIES, { filter: { search: huge, sector: 'x'.repeat(101) } }, { token });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        { path: 'filter.search', message: 'must be at most 200 characters.' },
        { path: 'filter.sector', message: 'must be at most 100 characters.' },
      ]),
    });
    const found = await t.gql(COMPANIES, { filter: { search: 'antibody' } }, { token });
    expect(found.errors).toBeUndefined();
  });

  it('refuses variables nested 45,000 levels deep with HTTP 400, naming them, in the caller’s language', async () => {
    const deep = `${'['.repeat(45_000)}${']'.repeat(45_000)}`;
    const body = `{"query":"query($filter: CompanyFilter) { companies(filter: $filter) { totalCount } }","variables":{"filter":${deep}}}`;
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'fr')
      .send(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: '« variables » est imbriqué sur plus de 32 niveaux.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'VARIABLES_TOO_DEEP', field: 'variables', limit: 32 },
      },
    ]);
    const batch = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(`[{"query":"{ __typename }"},{"query":"{ __typename }","variables":{"a":${deep}}}]`);
    expect(batch.status).toBe(400);
    expect(batch.body.errors[0].extensions.field).toBe('[1].variables');
  });
});
