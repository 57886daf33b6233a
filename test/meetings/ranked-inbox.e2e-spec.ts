import { countQueries } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  db,
  meetingWorld,
  notificationsOf,
  person,
  range,
  requestMeeting,
  T0,
  TestClock,
  type MeetingWorld,
  type Person,
} from './meetings-fixtures.js';

interface InboxNode {
  id: string;
  status: string;
  fit: number | null;
  fitReasons: { code: string; message: string }[];
  fromCompany: { name: string };
}
interface InboxPage {
  meetingRequests: {
    totalCount: number;
    edges: { cursor: string; node: InboxNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const INBOX = `query($first: Int, $after: String, $direction: MeetingRequestDirection) {
  meetingRequests(first: $first, after: $after, direction: $direction, status: PENDING, orderBy: BEST_FIT) {
    totalCount edges { cursor node { id status fit fitReasons { code message } fromCompany { name } } }
    pageInfo { hasNextPage endCursor } } }`;

const DECLINE = `mutation($ids: [ID!]!, $reason: String) {
  declineMeetingRequests(ids: $ids, reason: $reason) { id status reason } }`;

/** The ranked inbox of a company that receives many requests, and declining many at once. */
describe('ranked inbox', () => {
  let t: TestApp;
  let w: MeetingWorld;
  let clock: TestClock;
  let ids: (key: string) => string;
  let mathieu: Person;
  let bea: Person;
  const requests: Record<string, string> = {};
  let runId: string;

  async function inbox(token: string, variables: Record<string, unknown> = {}, language?: string) {
    const response = await t.gql<InboxPage>(INBOX, { first: 20, ...variables }, { token, language });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.meetingRequests;
  }

  async function storeScore(company: string, partner: string, score: number, reasons: unknown[] = []) {
    await db(t).query(
      `INSERT INTO match_scores (run_id, company_id, partner_id, score, components, reasons)
       VALUES ($1, $2, $3, $4, '{}', $5)
       ON CONFLICT (run_id, company_id, partner_id) DO UPDATE SET score = EXCLUDED.score`,
      [runId, ids(company), ids(partner), score, JSON.stringify(reasons)],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    ids = (key) => w.ids.get(key)!;
    clock = new TestClock([t.app], T0);
    const make = (email: string, name: string, company: string, locale: 'fr' | 'en') =>
      person(t, {
        email,
        name,
        role: 'MEMBER',
        locale,
        companyId: ids(company),
        timeZone: 'America/Toronto',
      });
    mathieu = await make('mathieu@maple.test', 'Mathieu Roy', 'LSO-1203', 'fr');
    bea = await make('bea@biofabrik.test', 'Béatrice Caron', 'BQ-0007', 'fr');

    [{ id: runId }] = await db(t).query(
      `INSERT INTO matching_runs (kind, status, model_version, weights, top_k)
       VALUES ('FULL', 'COMPLETED', 'test', '{}', 100) RETURNING id`,
    );
    await db(t).query(`UPDATE matching_state SET current_run_id = $1 WHERE id = 1`, [runId]);
    // Seen from Néovasc: Maple suits it best, Lakeshore less; Northern Light would suit it most,
    // but Néovasc dismissed it. BioFabrik has no stored score: it is scored on the fly.
    await storeScore('BQ-1042', 'LSO-1203', 0.75, [
      { code: 'SHARED_AREA', params: { area: 'cardiovascular' } },
    ]);
    await storeScore('BQ-1042', 'LSO-0310', 0.5);
    await storeScore('BQ-1042', 'LSO-0877', 0.9);
    await db(t).query(`INSERT INTO suggestion_dismissals (company_id, partner_id) VALUES ($1, $2)`, [
      ids('BQ-1042'),
      ids('LSO-0877'),
    ]);
    // Lakeshore's own feed: CHU Saint-Laurent suits it better than Néovasc; Boréale does not.
    await storeScore('LSO-0310', 'BQ-1042', 0.5);
    await storeScore('LSO-0310', 'BQ-0588', 0.95);
    await storeScore('LSO-0310', 'BQ-0921', 0.3);

    const senders: [string, Person][] = [
      ['lakeshore', w.ann],
      ['maple', mathieu],
      ['northern', w.nora],
      ['biofabrik', bea],
    ];
    for (const [name, sender] of senders) {
      clock.advance(1);
      requests[name] = (await requestMeeting(t, sender, ids('BQ-1042'), [range(48, 49)])).id;
    }
    clock.advance(1);
    requests.outgoing = (await requestMeeting(t, w.julie, ids('BQ-0921'), [range(50, 51)])).id;
  });
  afterAll(() => t.close());

  it('ranks received requests best fit first, with the reasons in the reader’s language, dismissed last', async () => {
    const page = await inbox(w.julie.token, { direction: 'INCOMING' }, 'fr');
    const nodes = page.edges.map((e) => e.node);
    expect(page.totalCount).toBe(4);
    const names = nodes.map((n) => n.fromCompany.name);
    expect(names.at(-1)).toBe('Northern Light Ventures');
    expect(names.indexOf('Maple Antibody Therapeutics')).toBeLessThan(
      names.indexOf('Lakeshore Clinical Research'),
    );
    const ranked = nodes.slice(0, 3).map((n) => n.fit!);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    const maple = nodes.find((n) => n.id === requests.maple)!;
    expect(maple.fit).toBeCloseTo(0.75, 5);
    expect(maple.fitReasons).toEqual([
      { code: 'SHARED_AREA', message: 'Vous travaillez tous deux dans le domaine cardiovasculaire' },
    ]);
    const biofabrik = nodes.find((n) => n.id === requests.biofabrik)!;
    expect(biofabrik.fit).toBeGreaterThanOrEqual(0);
    expect(biofabrik.fit).toBeLessThanOrEqual(1);
    expect(biofabrik.fitReasons.length).toBeGreaterThan(0);
  });

  it('pages with cursors that stay stable while scores change', async () => {
    const all = (await inbox(w.julie.token, { direction: 'INCOMING' })).edges.map((e) => e.node.id);
    const first = await inbox(w.julie.token, { direction: 'INCOMING', first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    // The request the cursor names falls below every other: the next page neither repeats it
    // nor loses the place where the first page ended.
    const cursorRow = first.edges[1].node;
    const partner = {
      'Maple Antibody Therapeutics': 'LSO-1203',
      'Lakeshore Clinical Research': 'LSO-0310',
      'BioFabrik Québec': 'BQ-0007',
    }[cursorRow.fromCompany.name]!;
    await storeScore('BQ-1042', partner, 0.01);
    const rest = await inbox(w.julie.token, {
      direction: 'INCOMING',
      first: 10,
      after: first.pageInfo.endCursor,
    });
    const seen = [...first.edges, ...rest.edges].map((e) => e.node.id);
    expect(seen).toEqual(all);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    if (partner === 'BQ-0007') {
      await db(t).query(`DELETE FROM match_scores WHERE company_id = $1 AND partner_id = $2`, [
        ids('BQ-1042'),
        ids(partner),
      ]);
    } else await storeScore('BQ-1042', partner, partner === 'LSO-1203' ? 0.75 : 0.5);
  });

  it('refuses a cursor of another order', async () => {
    const newest = await t.gql<{ meetingRequests: { pageInfo: { endCursor: string } } }>(
      `{ meetingRequests(first: 1) { pageInfo { endCursor } } }`,
      {},
      { token: w.julie.token },
    );
    const response = await t.gql(
      INBOX,
      { after: newest.data!.meetingRequests.pageInfo.endCursor },
      {
        token: w.julie.token,
      },
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows the fit to the receiving company and staff only', async () => {
    const asRequester = await inbox(w.ann.token, { direction: 'OUTGOING' });
    expect(asRequester.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ id: requests.lakeshore, fit: null, fitReasons: [] }),
    ]);
    const single = await t.gql<{ meetingRequest: { fit: number | null } }>(
      `query($id: ID!) { meetingRequest(id: $id) { fit } }`,
      { id: requests.maple },
      { token: mathieu.token },
    );
    expect(single.data?.meetingRequest.fit).toBeNull();
    const asStaff = await t.gql<{ meetingRequest: { fit: number | null } }>(
      `query($id: ID!) { meetingRequest(id: $id) { fit } }`,
      { id: requests.maple },
      { token: w.staff.token },
    );
    expect(asStaff.data?.meetingRequest.fit).toBeCloseTo(0.75, 5);
    // Néovasc's own request to Boréale: Néovasc sent it, so it does not see Boréale's view of it.
    const mine = await inbox(w.julie.token, { direction: 'OUTGOING' });
    expect(mine.edges[0].node).toEqual(expect.objectContaining({ id: requests.outgoing, fit: null }));
  });

  it('reads the fits of a page in a bounded number of queries, whatever its size', async () => {
    const one = await countQueries(t, () => inbox(w.julie.token, { direction: 'INCOMING', first: 1 }));
    const four = await countQueries(t, () => inbox(w.julie.token, { direction: 'INCOMING', first: 4 }));
    expect(four).toBe(one);
  });

  it('declines nothing when one request is not the viewer’s to decline', async () => {
    const response = await t.gql(
      DECLINE,
      { ids: [requests.lakeshore, requests.outgoing], reason: 'Merci' },
      { token: w.julie.token },
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const statuses: { status: string }[] = await db(t).query(
      `SELECT status FROM meeting_requests WHERE id = ANY($1::uuid[])`,
      [[requests.lakeshore, requests.outgoing]],
    );
    expect(statuses.map((s) => s.status)).toEqual(['PENDING', 'PENDING']);
  });

  it('names every bad id and refuses an empty list', async () => {
    const bad = await t.gql(DECLINE, { ids: ['nope', requests.maple] }, { token: w.julie.token });
    expect(bad.errors?.[0].extensions).toEqual(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ path: 'ids[0]' })],
      }),
    );
    const empty = await t.gql(DECLINE, { ids: [] }, { token: w.julie.token });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('declines many at once, telling each requester in their language with better-suited companies', async () => {
    const response = await t.gql<{
      declineMeetingRequests: { id: string; status: string; reason: string }[];
    }>(
      DECLINE,
      { ids: [requests.lakeshore, requests.maple], reason: 'Thank you, not this year' },
      { token: w.marc.token },
    );
    expect(response.data?.declineMeetingRequests).toEqual([
      { id: requests.lakeshore, status: 'DECLINED', reason: 'Thank you, not this year' },
      { id: requests.maple, status: 'DECLINED', reason: 'Thank you, not this year' },
    ]);
    const [toAnn] = await notificationsOf(t, w.ann);
    expect(toAnn.kind).toBe('MEETING_REQUEST_DECLINED');
    expect(toAnn.message).toBe(
      'Néovasc Thérapeutique inc. declined your meeting request. Reason: "Thank you, not this year" ' +
        'Companies that may suit you better: CHU Saint-Laurent — Centre de recherche.',
    );
    const [toMathieu] = await notificationsOf(t, mathieu);
    expect(toMathieu.message).toMatch(/^Néovasc Thérapeutique inc\. a décliné votre demande de rencontre\./);
    const emails: { to_address: string; subject: string; body: string }[] = await db(t).query(
      `SELECT to_address, subject, body FROM sent_emails WHERE kind = 'MEETING_REQUEST_DECLINED' ORDER BY to_address`,
    );
    expect(emails.map((e) => [e.to_address, e.subject])).toEqual([
      ['ann@lakeshore.test', 'Meeting request declined by Néovasc Thérapeutique inc.'],
      ['mathieu@maple.test', 'Demande de rencontre déclinée par Néovasc Thérapeutique inc.'],
    ]);
    expect(emails[0].body).toContain(
      'Companies that may suit you better: CHU Saint-Laurent — Centre de recherche',
    );
    // Declining again: they are no longer pending, and nothing changes.
    const again = await t.gql(DECLINE, { ids: [requests.maple] }, { token: w.marc.token });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('declines one request the same way: the requester reads better-suited companies in their language', async () => {
    // Northern Light's own feed: in Néovasc's province, CHU Saint-Laurent then BioFabrik suit it
    // better than Néovasc, Boréale less; Lakeshore suits it best but is in Ontario.
    await storeScore('LSO-0877', 'BQ-1042', 0.4);
    await storeScore('LSO-0877', 'BQ-0588', 0.85);
    await storeScore('LSO-0877', 'BQ-0007', 0.6);
    await storeScore('LSO-0877', 'BQ-0921', 0.3);
    await storeScore('LSO-0877', 'LSO-0310', 0.95);
    // Marc reads French; Nora, the requester, English.
    const response = await t.gql<{ respondToMeetingRequest: { status: string } }>(
      `mutation($id: ID!) { respondToMeetingRequest(id: $id, accept: false, reason: "Pas cette année") { status } }`,
      { id: requests.northern },
      { token: w.marc.token },
    );
    expect(response.data?.respondToMeetingRequest.status).toBe('DECLINED');
    const better =
      'Companies that may suit you better: CHU Saint-Laurent — Centre de recherche, BioFabrik Québec';
    const [toNora] = await notificationsOf(t, w.nora);
    expect(toNora).toEqual({
      kind: 'MEETING_REQUEST_DECLINED',
      message: `Néovasc Thérapeutique inc. declined your meeting request. Reason: "Pas cette année" ${better}.`,
    });
    const [email]: { subject: string; body: string }[] = await db(t).query(
      `SELECT subject, body FROM sent_emails WHERE kind = 'MEETING_REQUEST_DECLINED' AND to_address = $1`,
      [w.nora.email],
    );
    expect(email.subject).toBe('Meeting request declined by Néovasc Thérapeutique inc.');
    expect(email.body).toContain(better);
  });
});
