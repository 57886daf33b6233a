import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually.js';
import { countQueries, importCompanies, sampleDocument, signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { runFullRescore } from './run-helpers.js';

const FEED = `query($companyId: ID, $first: Int, $after: String, $filter: SuggestionFilter) {
  suggestedConnections(companyId: $companyId, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { partner { id externalId name province } score curation curatedBy reasons { code message } } } } }`;

interface FeedNode {
  partner: { id: string; externalId: string; province: string };
  score: number;
  curation: string;
  curatedBy: string | null;
  reasons: { code: string; message: string }[];
}
interface Feed {
  suggestedConnections: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: FeedNode }[];
  };
}

describe('suggested connections', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let neovasc: string;
  let lakeshore: string;
  let staff: string;

  const feed = async (token: string, variables: Record<string, unknown> = {}) => {
    const response = await t.gql<Feed>(FEED, { first: 20, ...variables }, { token });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.suggestedConnections;
  };
  const partnerIds = (f: Feed['suggestedConnections']) => f.edges.map((e) => e.node.partner.externalId);

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, sampleDocument());
    ({
      julie: neovasc,
      ann: lakeshore,
      staff,
    } = await signInSampleViewers(t, ['julie', 'ann', 'staff'], ids));
    await t.startWorker();
    await runFullRescore(t, staff);
  });
  afterAll(() => t.close());

  it('suggests only opted-in companies of the other province, best first, with reasons in the viewer’s language', async () => {
    const result = await feed(neovasc);
    expect(result.edges.length).toBeGreaterThan(0);
    expect(result.edges.every((e) => e.node.partner.province === 'ON')).toBe(true);
    expect(partnerIds(result)).not.toContain('LSO-0450');
    expect(partnerIds(result)[0]).toBe('LSO-0310');
    const scores = result.edges.map((e) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(result.edges[0].node.reasons.length).toBeGreaterThan(0);
    expect(result.edges[0].node.reasons[0].message).toMatch(/[éèàç]|essais|vous/);
    const english = await feed(lakeshore);
    expect(partnerIds(english)).toContain('BQ-1042');
    expect(english.edges.every((e) => e.node.partner.province === 'QC')).toBe(true);
  });

  it('rescores a company whose needs change, in its own feed and in its partners’ feeds', async () => {
    const mutation = `mutation($input: CompanyProfileInput!) { updateCompanyProfile(input: $input) { id } }`;
    const before = await feed(neovasc);
    const maple = (f: Feed['suggestedConnections']) =>
      f.edges.find((e) => e.node.partner.externalId === 'LSO-1203');
    await t.gql(
      mutation,
      { input: { seeks: ['clinical_trial_services', 'equity_investment', 'licensing_asset'] } },
      { token: neovasc },
    );
    await eventually(
      'the changed needs to be rescored',
      () => feed(neovasc),
      (now) => maple(now)?.node.score !== maple(before)?.node.score,
    );
    const seenByMaple = await feed(staff, { companyId: ids.get('LSO-1203'), first: 100 });
    const neovascInMaple = seenByMaple.edges.find((e) => e.node.partner.externalId === 'BQ-1042');
    expect(neovascInMaple?.node.score).toBeCloseTo(maple(await feed(neovasc))!.node.score, 3);
  });

  it('never shows a dismissed partner again', async () => {
    const dismissed = await t.gql(
      `mutation($p: ID!) { dismissSuggestion(partnerId: $p, reason: "Pas pour nous") }`,
      { p: ids.get('LSO-0877') },
      { token: neovasc },
    );
    expect(dismissed.data).toEqual({ dismissSuggestion: true });
    expect(partnerIds(await feed(neovasc))).not.toContain('LSO-0877');
  });

  it('puts staff-pinned partners first with the association, and never shows hidden ones', async () => {
    const curate = `mutation($c: ID!, $p: ID!, $s: CurationStatus!) {
      curateMatch(companyId: $c, partnerId: $p, status: $s, note: "Intro at BIO") { curation curatedBy partner { externalId } } }`;
    const before = partnerIds(await feed(neovasc));
    const last = before.at(-1)!;
    const pinned = await t.gql(
      curate,
      { c: ids.get('BQ-1042'), p: ids.get(last), s: 'PINNED' },
      { token: staff },
    );
    expect(pinned.data).toEqual({
      curateMatch: { curation: 'PINNED', curatedBy: 'LSO', partner: { externalId: last } },
    });
    const after = await feed(neovasc);
    expect(after.edges[0].node).toEqual(expect.objectContaining({ curation: 'PINNED', curatedBy: 'LSO' }));
    expect(after.edges[0].node.partner.externalId).toBe(last);

    await t.gql(curate, { c: ids.get('BQ-1042'), p: ids.get('LSO-0310'), s: 'HIDDEN' }, { token: staff });
    expect(partnerIds(await feed(neovasc))).not.toContain('LSO-0310');
    const audit: { action: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT action FROM staff_audit_log ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['matching.curate.pinned', 'matching.curate.hidden']),
    );
    const byMember = await t.gql(
      curate,
      { c: ids.get('BQ-1042'), p: ids.get(last), s: 'PINNED' },
      { token: lakeshore },
    );
    expect(byMember.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('serves a feed read again from memory, and shows a change committed elsewhere at the next read', async () => {
    const before = await feed(lakeshore);
    // Only the sign-in check reads the database once the feed is known.
    expect(await countQueries(t, () => feed(lakeshore))).toBe(1);
    const gone = before.edges[0].node.partner.id;
    // As another API instance or a script would: straight into the database, not through this process.
    await t.app
      .get(DataSource)
      .query(
        `INSERT INTO connections (company_a, company_b) VALUES (least($1::uuid, $2::uuid), greatest($1::uuid, $2::uuid))`,
        [ids.get('LSO-0310'), gone],
      );
    const after = await feed(lakeshore);
    expect(after.edges.map((e) => e.node.partner.id)).not.toContain(gone);
    expect(after.totalCount).toBe(before.totalCount - 1);
  });

  it('filters by what the partner does and refuses unknown codes', async () => {
    const clinical = await feed(lakeshore, { filter: { capability: 'licensing_asset' } });
    expect(clinical.edges.length).toBeGreaterThan(0);
    const bad = await t.gql(FEED, { filter: { sector: 'astrology' } }, { token: lakeshore });
    expect(bad.errors?.[0].extensions.fields).toEqual([
      { path: 'filter.sector', message: expect.any(String) },
    ]);
  });

  it('keeps a member to their own company’s feed; staff may read any', async () => {
    const other = await t.gql(FEED, { companyId: ids.get('BQ-0007') }, { token: lakeshore });
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byStaff = await feed(staff, { companyId: ids.get('BQ-0007') });
    expect(byStaff.totalCount).toBeGreaterThan(0);
  });

  it('pages without repeating or skipping a partner, even when a new run is swapped in between pages', async () => {
    const first = await feed(lakeshore, { first: 2 });
    await runFullRescore(t, staff);
    const rest = await feed(lakeshore, { first: 50, after: first.pageInfo.endCursor });
    const all = [...partnerIds(first), ...partnerIds(rest)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(first.totalCount);
  });

  it('shows a profile change in the partners’ feeds', async () => {
    const mutation = `mutation($input: CompanyProfileInput!) { updateCompanyProfile(input: $input) { id } }`;
    await t.gql(mutation, { input: { matchmakingOptIn: false } }, { token: neovasc });
    await eventually(
      'the withdrawn company to leave the feed',
      () => feed(lakeshore),
      (now) => !partnerIds(now).includes('BQ-1042'),
    );
    expect(partnerIds(await feed(lakeshore))).not.toContain('BQ-1042');
  });
});
