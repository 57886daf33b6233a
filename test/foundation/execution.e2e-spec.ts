import { importCompanies, sampleDocument, signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Operations run as compiled functions (apps/api/src/graphql/execution): what a client sends must
// come back exactly as the GraphQL specification says, whatever runs it.
describe('operation execution', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, sampleDocument());
    ({ julie: member } = await signInSampleViewers(t, ['julie'], ids));
  });
  afterAll(() => t?.close());

  it('answers aliases, fragments, @skip and @include with the shape the document asks for', async () => {
    const response = await t.gql(
      `query Profile($id: ID!, $withAreas: Boolean!) {
        first: company(id: $id) { ...Names province }
        second: company(id: $id) { __typename name therapeuticAreas @include(if: $withAreas) { code } }
        third: company(id: $id) { name @skip(if: true) id }
      }
      fragment Names on Company { name displayedName: name }`,
      { id: ids.get('BQ-1042'), withAreas: false },
      { token: member },
    );
    expect(response.errors).toBeUndefined();
    const company = await t.gql<{ company: { name: string } }>(
      `query($id: ID!) { company(id: $id) { name } }`,
      { id: ids.get('BQ-1042') },
      { token: member },
    );
    const name = company.data!.company.name;
    expect(response.data).toEqual({
      first: { name, displayedName: name, province: 'QC' },
      second: { __typename: 'Company', name },
      third: { id: ids.get('BQ-1042') },
    });
    expect(Object.keys(response.data!.first as object)).toEqual(['name', 'displayedName', 'province']);
  });

  it('refuses a variable of the wrong type as bad input naming the variable, before anything runs', async () => {
    const response = await t.gql(
      `query($first: Int) { companies(first: $first) { edges { node { id } } } }`,
      { first: 'twenty' },
      { token: member },
    );
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain('$first');

    const nested = await t.gql(
      `mutation($input: UpdateMeInput!) { updateMe(input: $input) { locale } }`,
      { input: { locale: 'de' } },
      { token: member },
    );
    expect(nested.status).toBe(400);
    expect(nested.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    // The member reads French: the path is quoted « input.locale ».
    expect(nested.errors![0].message).toContain('« input.locale »');
  });

  it('keeps the rest of the answer when one field fails, with the failure at its path', async () => {
    const response = await t.gql(
      `query($missing: ID!, $id: ID!) {
        known: company(id: $id) { id }
        unknown: company(id: $missing) { id }
        request: meetingRequest(id: $missing) { id }
      }`,
      { id: ids.get('BQ-1042'), missing: '00000000-0000-4000-8000-000000000000' },
      { token: member },
    );
    expect(response.data).toMatchObject({ known: { id: ids.get('BQ-1042') }, unknown: null });
    for (const error of response.errors ?? []) {
      expect(error.path?.length).toBeGreaterThan(0);
      expect(error.extensions.code).toBeDefined();
    }
  });

  it('runs the mutations of one document one after the other, in order', async () => {
    const response = await t.gql<Record<string, { locale: string }>>(
      `mutation {
        english: updateMe(input: { locale: en }) { locale }
        french: updateMe(input: { locale: fr }) { locale }
        again: updateMe(input: { locale: en }) { locale }
      }`,
      {},
      { token: member },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      english: { locale: 'en' },
      french: { locale: 'fr' },
      again: { locale: 'en' },
    });
    const me = await t.gql<{ me: { locale: string } }>(`{ me { locale } }`, {}, { token: member });
    expect(me.data!.me.locale).toBe('en');
  });

  it('answers introspection outside production, as development tools expect', async () => {
    const response = await t.gql<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "Query") { fields { name } } }`,
    );
    expect(response.data!.__type.fields.map((field) => field.name)).toContain('suggestedConnections');
  });
});
