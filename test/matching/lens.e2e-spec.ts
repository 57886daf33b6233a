import { importCompanies, SAMPLE_VIEWERS, signInViewers } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { lensDocument } from './crafted-companies.js';
import { runFullRescore } from './run-helpers.js';

const FEED = `query($companyId: ID, $first: Int, $after: String, $filter: SuggestionFilter) {
  suggestedConnections(companyId: $companyId, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { partner { externalId } score curation lensScores { theyOffer theySeek } reasons { code message } } } } }`;

interface FeedNode {
  partner: { externalId: string };
  score: number;
  curation: string;
  lensScores: { theyOffer: number; theySeek: number };
  reasons: { code: string; message: string }[];
}
interface Feed {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: FeedNode }[];
}

describe('suggestion lenses: who can help us, whom we can help', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let developer: string;
  let staff: string;

  const feed = async (lens?: string, variables: Record<string, unknown> = {}, token = developer) => {
    const response = await t.gql<{ suggestedConnections: Feed }>(
      FEED,
      { first: 50, filter: lens ? { lens } : undefined, ...variables },
      { token },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.suggestedConnections;
  };
  const names = (f: Feed) => f.edges.map((e) => e.node.partner.externalId);
  const descending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1] >= v);

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, lensDocument());
    const dev = {
      email: 'dev@crafted.test',
      name: 'Dev',
      role: 'COMPANY_ADMIN',
      company: 'V-DEV',
      locale: 'en',
    } as const;
    ({ developer, staff } = await signInViewers(t, { developer: dev, staff: SAMPLE_VIEWERS.staff }, ids));
    await t.startWorker();
    await runFullRescore(t, staff);
  });
  afterAll(() => t.close());

  it('orders "they offer what we seek" by that one-way score, helpers before those who only want from us', async () => {
    const helping = await feed('THEY_OFFER_WHAT_WE_SEEK');
    const order = names(helping);
    expect(order.slice(0, 2).sort()).toEqual(['H-CDMO', 'H-CRO']);
    for (const client of ['C-LICENSEE', 'C-PHARMA']) {
      if (order.includes(client)) expect(order.indexOf(client)).toBeGreaterThan(1);
    }
    const lensScores = helping.edges.map((e) => e.node.lensScores.theyOffer);
    expect(lensScores.every((s) => s > 0)).toBe(true);
    expect(descending(lensScores)).toBe(true);
    // The reason that says which way the gain goes comes first, in the reader's language.
    expect(helping.edges[0].node.reasons[0].code).toBe('OFFERS_WHAT_YOU_SEEK');
  });

  it('orders "they seek what we offer" the other way, and ALL by the pair score as before', async () => {
    const helped = await feed('THEY_SEEK_WHAT_WE_OFFER');
    expect(names(helped).slice(0, 2).sort()).toEqual(['C-LICENSEE', 'C-PHARMA']);
    const lensScores = helped.edges.map((e) => e.node.lensScores.theySeek);
    expect(lensScores.every((s) => s > 0)).toBe(true);
    expect(descending(lensScores)).toBe(true);
    expect(helped.edges[0].node.reasons[0].code).toBe('SEEKS_WHAT_YOU_OFFER');

    const all = await feed();
    expect(descending(all.edges.map((e) => e.node.score))).toBe(true);
    expect(await feed('ALL')).toEqual(all);
    expect(all.totalCount).toBeGreaterThanOrEqual(helped.totalCount);
  });

  it('keeps each lens its own feed in memory: reading one never answers another', async () => {
    const first = [
      await feed('ALL'),
      await feed('THEY_OFFER_WHAT_WE_SEEK'),
      await feed('THEY_SEEK_WHAT_WE_OFFER'),
    ];
    const again = [
      await feed('THEY_SEEK_WHAT_WE_OFFER'),
      await feed('THEY_OFFER_WHAT_WE_SEEK'),
      await feed('ALL'),
    ];
    expect(again.reverse()).toEqual(first);
    expect(names(first[1])).not.toEqual(names(first[2]));
  });

  it('pages a lens in its own order, and refuses a cursor read in another lens', async () => {
    const whole = await feed('THEY_OFFER_WHAT_WE_SEEK');
    const pages: string[] = [];
    let after: string | undefined;
    do {
      const page = await feed('THEY_OFFER_WHAT_WE_SEEK', { first: 1, after });
      pages.push(...names(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(pages).toEqual(names(whole));

    const cursor = (await feed('THEY_OFFER_WHAT_WE_SEEK', { first: 1 })).pageInfo.endCursor;
    const mixed = await t.gql(
      FEED,
      { first: 5, after: cursor, filter: { lens: 'ALL' } },
      { token: developer },
    );
    expect(mixed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(mixed.errors?.[0].extensions.fields).toEqual([{ path: 'after', message: expect.any(String) }]);
  });

  it('keeps staff-pinned partners first in every lens', async () => {
    const pinned = await t.gql(
      `mutation($c: ID!, $p: ID!) { curateMatch(companyId: $c, partnerId: $p, status: PINNED) { curation } }`,
      { c: ids.get('V-DEV'), p: ids.get('N-DEVICE') },
      { token: staff },
    );
    expect(pinned.data).toEqual({ curateMatch: { curation: 'PINNED' } });
    for (const lens of ['ALL', 'THEY_OFFER_WHAT_WE_SEEK', 'THEY_SEEK_WHAT_WE_OFFER']) {
      const first = (await feed(lens)).edges[0].node;
      expect([lens, first.partner.externalId, first.curation]).toEqual([lens, 'N-DEVICE', 'PINNED']);
    }
  });
});
