import { countQueries } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { eventWorld, type EventWorld } from '../events/events-fixtures.js';

const DIRECTORY = `query($f: CompanyFilter, $first: Int, $after: String) {
  companies(first: $first, after: $after, filter: $f) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name
      fitWithMe { score reasons { code message } }
      meetingsWithMe { pendingRequest { id direction status } nextMeeting { id } } } }
  }
}`;

interface Node {
  id: string;
  name: string;
  fitWithMe: { score: number; reasons: { code: string; message: string }[] } | null;
  meetingsWithMe: {
    pendingRequest: { id: string; direction: string; status: string } | null;
    nextMeeting: { id: string } | null;
  } | null;
}
interface Directory {
  companies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Node }[];
  };
}

describe('companies: the members’ directory, with the fit and the meeting state', () => {
  let t: TestApp;
  let w: EventWorld;
  const directory = (token: string, filter: Record<string, unknown> = {}, language = 'en') =>
    t.gql<Directory>(DIRECTORY, { f: filter, first: 50 }, { token, language });
  const names = async (token: string, filter: Record<string, unknown>) =>
    (await directory(token, filter)).data!.companies.edges.map((e) => e.node.name);

  beforeAll(async () => {
    t = await startTestApp();
    w = await eventWorld(t);
  });
  afterAll(() => t.close());

  it('lists every company a member may see, found by accent-free and inflected words, filters combined', async () => {
    const ann = w.people.get('LSO-0310')!;
    const all = (await directory(ann)).data!.companies;
    // Cardiowave (LSO-0450) has not opted in to matchmaking: hidden from other members.
    expect(all.totalCount).toBe(w.ids.size - 1);
    expect(all.edges.map((e) => e.node.id)).not.toContain(w.ids.get('LSO-0450'));
    expect(await names(ann, { search: 'therapeutique' })).toContain('Néovasc Thérapeutique inc.');
    expect(await names(ann, { search: 'INSUFFISANCES cardiaques' })).toEqual(['Néovasc Thérapeutique inc.']);
    expect(await names(ann, { search: 'antibody' })).toContain('BioFabrik Québec');
    // The stem finds the English word too; the province narrows it.
    expect(await names(ann, { search: 'therapeutique' })).toContain('Maple Antibody Therapeutics');
    expect(await names(ann, { search: 'therapeutique', province: 'QC' })).toEqual([
      'Néovasc Thérapeutique inc.',
    ]);
  });

  it('pages by name without repeating anyone', async () => {
    const ann = w.people.get('LSO-0310')!;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Directory['companies'] = (
        await t.gql<Directory>(DIRECTORY, { first: 2, after }, { token: ann })
      ).data!.companies;
      seen.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(seen).size).toBe(w.ids.size - 1);
  });

  it('costs the same few queries for a page of two companies or of seven, fit and meeting state included', async () => {
    const ann = w.people.get('LSO-0310')!;
    const page = (first: number) => () => t.gql(DIRECTORY, { first }, { token: ann });
    await page(1)(); // warms the viewer's lookups and the compiled query
    const small = await countQueries(t, page(2));
    const large = await countQueries(t, page(7));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });

  it('refuses an over-long search, naming the field, in the caller’s language', async () => {
    const response = await directory(w.people.get('BQ-1042')!, { search: 'x'.repeat(201) }, 'fr');
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.search', message: expect.stringContaining('200') }],
    });
  });

  it('shows the fit with one’s own company, addressed to it; none for one’s own company or for staff', async () => {
    const ann = w.people.get('LSO-0310')!;
    const nodes = (await directory(ann, {}, 'en')).data!.companies.edges.map((e) => e.node);
    const neovasc = nodes.find((n) => n.id === w.ids.get('BQ-1042'))!;
    expect(neovasc.fitWithMe!.score).toBeGreaterThan(0);
    expect(neovasc.fitWithMe!.reasons.length).toBeGreaterThan(0);
    const own = nodes.find((n) => n.id === w.ids.get('LSO-0310'))!;
    expect(own.fitWithMe).toBeNull();
    expect(own.meetingsWithMe).toBeNull();
    const french = await t.gql<{ company: Node }>(
      `query($id: ID!) { company(id: $id) { id name fitWithMe { score reasons { message } } meetingsWithMe { pendingRequest { id } } } }`,
      { id: w.ids.get('LSO-0310') },
      { token: w.people.get('BQ-1042'), language: 'fr' },
    );
    expect(french.data!.company.fitWithMe!.reasons.map((r) => r.message).join(' ')).toMatch(/vous|votre/i);
    const staff = (await directory(w.staffBq)).data!.companies.edges.map((e) => e.node);
    expect(staff.every((n) => n.fitWithMe === null && n.meetingsWithMe === null)).toBe(true);
  });

  it('shows a pending request on both sides, its direction, and no one else’s', async () => {
    const ann = w.people.get('LSO-0310')!;
    const julie = w.people.get('BQ-1042')!;
    const missing = await t.gql(
      `mutation($to: ID!) { requestMeeting(toCompanyId: $to, message: "Bonjour") { id } }`,
      { to: w.ids.get('LSO-0310') },
      { token: julie, language: 'fr' },
    );
    expect(missing.errors?.[0].extensions.fields).toEqual([
      { path: 'proposedSlots', message: expect.stringContaining('proposez d’une à trois plages horaires') },
    ]);
    const start = new Date(Date.now() + 10 * 86_400_000);
    start.setUTCHours(15, 0, 0, 0);
    const asked = await t.gql<{ requestMeeting: { id: string } }>(
      `mutation($to: ID!, $slots: [TimeRangeInput!]) { requestMeeting(toCompanyId: $to, proposedSlots: $slots) { id } }`,
      {
        to: w.ids.get('BQ-1042'),
        slots: [{ start: start.toISOString(), end: new Date(start.getTime() + 1_800_000).toISOString() }],
      },
      { token: ann },
    );
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestMeeting.id;
    const stateFor = async (token: string, company: string) =>
      (await directory(token)).data!.companies.edges.find((e) => e.node.id === w.ids.get(company))!.node
        .meetingsWithMe;
    expect(await stateFor(ann, 'BQ-1042')).toEqual({
      pendingRequest: { id, direction: 'OUTGOING', status: 'PENDING' },
      nextMeeting: null,
    });
    expect((await stateFor(julie, 'LSO-0310'))!.pendingRequest).toMatchObject({ id, direction: 'INCOMING' });
    expect((await stateFor(w.people.get('LSO-0877')!, 'BQ-1042'))!.pendingRequest).toBeNull();

    const accepted = await t.gql<{ respondToMeetingRequest: { meeting: { id: string } } }>(
      `mutation($id: ID!, $s: TimeRangeInput) { respondToMeetingRequest(id: $id, accept: true, slot: $s) { meeting { id } } }`,
      { id, s: { start: start.toISOString(), end: new Date(start.getTime() + 1_800_000).toISOString() } },
      { token: julie },
    );
    expect(accepted.errors).toBeUndefined();
    expect(await stateFor(ann, 'BQ-1042')).toEqual({
      pendingRequest: null,
      nextMeeting: { id: accepted.data!.respondToMeetingRequest.meeting.id },
    });
  });
});
