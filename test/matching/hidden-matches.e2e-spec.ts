import { importCompanies, sampleDocument, signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { runFullRescore } from './run-helpers.js';

const FEED = `query($companyId: ID, $includeHidden: Boolean) {
  suggestedConnections(companyId: $companyId, first: 50, includeHidden: $includeHidden) {
    totalCount edges { node { partner { externalId } curation } } } }`;
const CURATE = `mutation($c: ID!, $p: ID!, $s: CurationStatus!) {
  curateMatch(companyId: $c, partnerId: $p, status: $s) { curation } }`;

interface Feed {
  suggestedConnections: {
    totalCount: number;
    edges: { node: { partner: { externalId: string }; curation: string } }[];
  };
}

describe('staff see the matches they hid, and restore them', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let member: string;
  let staff: string;

  const feed = async (token: string, variables: Record<string, unknown> = {}) => {
    const response = await t.gql<Feed>(FEED, { companyId: ids.get('BQ-1042'), ...variables }, { token });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.suggestedConnections.edges.map((e) => [e.node.partner.externalId, e.node.curation]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, sampleDocument());
    ({ julie: member, staff } = await signInSampleViewers(t, ['julie', 'staff'], ids));
    await t.startWorker();
    await runFullRescore(t, staff);
  });
  afterAll(() => t.close());

  it('shows a hidden pair to staff who ask for it, marked HIDDEN, until they restore it', async () => {
    const before = await feed(member);
    expect(before).toContainEqual(['LSO-0310', 'NONE']);
    const hid = await t.gql(
      CURATE,
      { c: ids.get('BQ-1042'), p: ids.get('LSO-0310'), s: 'HIDDEN' },
      { token: staff },
    );
    expect(hid.data).toEqual({ curateMatch: { curation: 'HIDDEN' } });

    expect((await feed(member)).map(([id]) => id)).not.toContain('LSO-0310');
    expect((await feed(staff)).map(([id]) => id)).not.toContain('LSO-0310');
    const withHidden = await feed(staff, { includeHidden: true });
    expect(withHidden).toContainEqual(['LSO-0310', 'HIDDEN']);
    expect(withHidden.filter(([, curation]) => curation === 'HIDDEN')).toHaveLength(1);
    expect(withHidden).toHaveLength(before.length);

    const restored = await t.gql(
      CURATE,
      { c: ids.get('BQ-1042'), p: ids.get('LSO-0310'), s: 'NONE' },
      { token: staff },
    );
    expect(restored.data).toEqual({ curateMatch: { curation: 'NONE' } });
    expect(await feed(member)).toContainEqual(['LSO-0310', 'NONE']);
    expect(await feed(staff, { includeHidden: true })).toEqual(before);
  });

  it('refuses hidden pairs to a member, even of the company concerned', async () => {
    const response = await t.gql(
      FEED,
      { companyId: ids.get('BQ-1042'), includeHidden: true },
      { token: member },
    );
    expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });
});
