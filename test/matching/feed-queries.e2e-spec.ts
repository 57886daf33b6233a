import { DataSource } from 'typeorm';
import { generateCompanies } from '@app/company-generator';
import { countQueries, importCompanies, signInSampleViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { runFullRescore } from './run-helpers.js';

const PAGE = `query($c: ID!) { suggestedConnections(companyId: $c, first: 20) { edges { node {
  partner { id name province } score curation curatedBy curationNote reasons { code message } } } } }`;
const WITH_MEMBERSHIPS = `query($c: ID!) { suggestedConnections(companyId: $c, first: 20) { edges { node {
  partner { id name memberships { association active } } curation reasons { message } } } } }`;
const PIN = `mutation($c: ID!, $p: ID!) {
  curateMatch(companyId: $c, partnerId: $p, status: PINNED, note: "Intro at BIO") { curation } }`;

interface Page {
  suggestedConnections: {
    edges: {
      node: {
        partner: { id: string; name: string; memberships?: unknown[] };
        curation: string;
        curationNote: string | null;
        reasons: { message: string }[];
      };
    }[];
  };
}

describe('matching: what a page of suggestions costs the database', () => {
  let t: TestApp;
  let staff: string;
  let companyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await importCompanies(t, {
      companies: generateCompanies({ seed: 19, quebec: 60, ontario: 60 }).companies,
    });
    ({ staff } = await signInSampleViewers(t, ['staff']));
    await t.startWorker();
    await runFullRescore(t, staff);
    const [row]: { id: string }[] = await t.app
      .get(DataSource)
      .query(
        `SELECT id FROM companies WHERE province = 'QC' AND matchmaking_opt_in ORDER BY external_id LIMIT 1`,
      );
    companyId = row.id;
  });
  afterAll(() => t.close());

  const page = async (query = PAGE) => {
    const response = await t.gql<Page>(query, { c: companyId }, { token: staff });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.suggestedConnections.edges.map((e) => e.node);
  };

  it('reads 20 suggestions with their companies, reasons and curation in one query once the feed is known', async () => {
    const before = await page();
    expect(before).toHaveLength(20);
    const pinned = before.at(-1)!.partner.id;
    expect((await t.gql(PIN, { c: companyId, p: pinned }, { token: staff })).errors).toBeUndefined();

    // The curation changed the feed generation: this read builds the feed again. Four statements:
    // the sign-in (with the generations), the company's province and served runs, the whole feed
    // (scores, reasons and curation joined in one statement), and the partners not cached yet.
    let nodes: Awaited<ReturnType<typeof page>> = [];
    expect(await countQueries(t, async () => (nodes = await page()))).toBe(4);
    expect(nodes).toHaveLength(20);
    expect(nodes[0]).toEqual(
      expect.objectContaining({
        curation: 'PINNED',
        curationNote: 'Intro at BIO',
        partner: expect.anything(),
      }),
    );
    expect(nodes[0].partner.id).toBe(pinned);
    expect(nodes.every((n) => n.partner.name && n.reasons.length > 0)).toBe(true);

    // Read again: only the sign-in reaches the database; companies, reasons and curation are the feed's.
    expect(await countQueries(t, () => page())).toBe(1);
  });

  it('fetches the memberships of the 20 companies in one query, not one per company', async () => {
    await page(WITH_MEMBERSHIPS);
    let nodes: Awaited<ReturnType<typeof page>> = [];
    expect(await countQueries(t, async () => (nodes = await page(WITH_MEMBERSHIPS)))).toBe(2);
    expect(nodes).toHaveLength(20);
    expect(nodes.every((n) => Array.isArray(n.partner.memberships))).toBe(true);
  });
});
