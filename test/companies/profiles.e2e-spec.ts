import { countQueries, importCompanies, sampleDocument, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const COMPANY_FIELDS = `id name province languages matchmakingOptIn description
  sectors { code label } therapeuticAreas { code label } offers { code label } seeks { code label }
  stage { code label } memberships { association active }`;

describe('company profiles', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let staff: string;
  let neovascAdmin: string;
  let neovascMember: string;
  let lakeshoreAdmin: string;

  beforeAll(async () => {
    t = await startTestApp();
    const document = sampleDocument();
    document.companies.push({
      externalId: 'BQ-HIDDEN',
      name: 'Discrète Bio',
      province: 'QC',
      memberships: [{ association: 'BIOQUEBEC' }],
      languages: ['fr'],
      sectors: ['biopharma'],
      matchmakingOptIn: false,
    });
    ids = await importCompanies(t, document);
    staff = await signedIn(t, {
      email: 'staff@lso.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'LSO',
      locale: 'en',
    });
    neovascAdmin = await signedIn(t, {
      email: 'admin@neovasc.test',
      name: 'Julie',
      role: 'COMPANY_ADMIN',
      companyId: ids.get('BQ-1042'),
      locale: 'fr',
    });
    neovascMember = await signedIn(t, {
      email: 'member@neovasc.test',
      name: 'Marc',
      role: 'MEMBER',
      companyId: ids.get('BQ-1042'),
      locale: 'fr',
    });
    lakeshoreAdmin = await signedIn(t, {
      email: 'admin@lakeshore.test',
      name: 'Ann',
      role: 'COMPANY_ADMIN',
      companyId: ids.get('LSO-0310'),
      locale: 'en',
    });
  });
  afterAll(() => t.close());

  it('asks anonymous callers to sign in, in their language', async () => {
    const response = await t.gql('{ companies { totalCount } }', {}, { language: 'fr-CA' });
    expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0].message).toBe('Veuillez vous connecter.');
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const login = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
    const unknown = await t.gql(login, { e: 'nobody@nowhere.test', p: 'whatever-123' });
    const wrong = await t.gql(login, { e: 'admin@neovasc.test', p: 'whatever-123' });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows labels and descriptions in the signed-in person’s language', async () => {
    const query = `query($id: ID!) { company(id: $id) { ${COMPANY_FIELDS} } }`;
    const fr = await t.gql<{ company: { seeks: { label: string }[]; description: string } }>(
      query,
      { id: ids.get('LSO-0310') },
      { token: neovascMember, language: 'en' },
    );
    expect(fr.data?.company.seeks).toEqual([]);
    expect(fr.data?.company.description).toMatch(/^CRO à service complet/);
    const en = await t.gql<{ company: { offers: { code: string; label: string }[] } }>(
      query,
      { id: ids.get('LSO-0310') },
      { token: lakeshoreAdmin },
    );
    expect(en.data?.company.offers[0]).toEqual({
      code: 'clinical_trial_services',
      label: 'Clinical trial services',
    });
  });

  it('hides a company that has not opted in from everyone but staff and its own people', async () => {
    const query = `query($id: ID!) { company(id: $id) { name } }`;
    const hidden = ids.get('BQ-HIDDEN');
    expect((await t.gql(query, { id: hidden }, { token: lakeshoreAdmin })).data).toEqual({ company: null });
    expect((await t.gql(query, { id: hidden }, { token: staff })).data).toEqual({
      company: { name: 'Discrète Bio' },
    });
    const names = async (token: string) => {
      const response = await t.gql<{ companies: { edges: { node: { externalId: string } }[] } }>(
        '{ companies(first: 100) { edges { node { externalId } } } }',
        {},
        { token },
      );
      return response.data!.companies.edges.map((e) => e.node.externalId);
    };
    const seenByMember = await names(lakeshoreAdmin);
    expect(seenByMember).not.toContain('BQ-HIDDEN');
    expect(seenByMember).not.toContain('LSO-0450');
    expect(seenByMember).toContain('LSO-0310');
    expect(await names(staff)).toEqual(expect.arrayContaining(['BQ-HIDDEN', 'LSO-0450']));
  });

  it('lets a company admin edit their own company, staff any, and nobody else', async () => {
    const mutation = `mutation($id: ID, $input: CompanyProfileInput!) {
      updateCompanyProfile(companyId: $id, input: $input) { name city } }`;
    const own = await t.gql(mutation, { input: { city: 'Magog' } }, { token: neovascAdmin });
    expect(own.data).toEqual({ updateCompanyProfile: { name: 'Néovasc Thérapeutique inc.', city: 'Magog' } });
    const byStaff = await t.gql(
      mutation,
      { id: ids.get('BQ-1042'), input: { city: 'Sherbrooke' } },
      { token: staff },
    );
    expect(byStaff.data).toEqual({
      updateCompanyProfile: { name: 'Néovasc Thérapeutique inc.', city: 'Sherbrooke' },
    });
    const byMember = await t.gql(mutation, { input: { city: 'Montréal' } }, { token: neovascMember });
    expect(byMember.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byOther = await t.gql(
      mutation,
      { id: ids.get('BQ-1042'), input: { city: 'Toronto' } },
      { token: lakeshoreAdmin },
    );
    expect(byOther.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('reports every bad field in the caller’s language and writes nothing', async () => {
    const mutation = `mutation($input: CompanyProfileInput!) { updateCompanyProfile(input: $input) { name } }`;
    const input = {
      name: 'Nouveau nom',
      offers: ['licensing_asset', 'teleportation'],
      stage: 'phase9',
      website: 'ftp://x',
    };
    const response = await t.gql(mutation, { input }, { token: neovascAdmin });
    const error = response.errors![0];
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      { path: 'input.website', message: expect.stringMatching(/^doit être une adresse web/) },
      { path: 'input.offers[1]', message: expect.stringContaining('« teleportation »') },
      { path: 'input.stage', message: expect.stringContaining('« phase9 »') },
    ]);
    const after = await t.gql<{ company: { name: string } }>(
      `query($id: ID!) { company(id: $id) { name } }`,
      { id: ids.get('BQ-1042') },
      { token: neovascAdmin },
    );
    expect(after.data?.company.name).toBe('Néovasc Thérapeutique inc.');
  });

  it('finds companies by full text in French, with or without accents', async () => {
    const search = async (text: string) => {
      const response = await t.gql<{ companies: { edges: { node: { name: string } }[] } }>(
        `query($s: String) { companies(first: 20, filter: { search: $s }) { edges { node { name } } } }`,
        { s: text },
        { token: staff },
      );
      return response.data!.companies.edges.map((e) => e.node.name);
    };
    expect(await search('thérapeutique')).toContain('Néovasc Thérapeutique inc.');
    expect(await search('therapeutique')).toContain('Néovasc Thérapeutique inc.');
    expect(await search('insuffisance cardiaque')).toEqual(['Néovasc Thérapeutique inc.']);
    expect(await search('vaccins')).toContain('BioFabrik Québec');
    expect(await search('antibodies')).toContain('BioFabrik Québec');
  });

  it('pages through companies without repeating or skipping, and refuses oversized pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: {
        data?: {
          companies: {
            edges: { node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = await t.gql(
        `query($after: String) { companies(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        { token: staff },
      );
      seen.push(...response.data!.companies.edges.map((e) => e.node.id));
      if (!response.data!.companies.pageInfo.hasNextPage) break;
      after = response.data!.companies.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(ids.size);
    expect(seen.length).toBe(ids.size);
    const tooMany = await t.gql('{ companies(first: 101) { totalCount } }', {}, { token: staff });
    expect(tooMany.errors?.[0].extensions).toEqual(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'first', message: expect.any(String) }],
      }),
    );
  });

  it('resolves a page of 100 companies with their relations in a bounded number of queries', async () => {
    const query = `{ companies(first: 100) { edges { node { ${COMPANY_FIELDS} members { name } } } } }`;
    const queries = await countQueries(t, () => t.gql(query, {}, { token: staff }));
    expect(queries).toBeLessThanOrEqual(6);
  });
});
