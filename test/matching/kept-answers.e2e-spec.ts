import { jest } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { print } from 'graphql';
import { DataSource } from 'typeorm';
import { FeedService, ImpressionCounter } from '@app/matching';
import { JobName, JobQueue } from '@app/queue';
import { KeepableDocuments } from '../../apps/api/src/graphql/kept-answers/keepable-documents.js';
import {
  MeetingsWithPartnersDocument,
  SuggestedPartnersDocument,
} from '../../apps/web/src/graphql/generated/graphql.js';
import {
  importCompanies,
  sampleDocument,
  SAMPLE_VIEWERS,
  signedIn,
  signInViewers,
} from '../support/fixtures.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { runFullRescore } from './run-helpers.js';

/** The default feed as the load test asks for it: kept whole after the first answer. */
const FEED = `query($companyId: ID) { suggestedConnections(companyId: $companyId, first: 20) {
  totalCount edges { node { score curation curationNote partner { id externalId name } reasons { code message } } } } }`;

interface Feed {
  suggestedConnections: {
    totalCount: number;
    edges: {
      node: {
        curation: string;
        curationNote: string | null;
        partner: { id: string; externalId: string };
        reasons: { message: string }[];
      };
    }[];
  };
}

describe('kept feed answers', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let julie: string;
  let marc: string;
  let ann: string;
  let staff: string;

  const post = (token: string, variables: Record<string, unknown> = {}) =>
    t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query: FEED, variables });
  const feed = async (token: string, variables: Record<string, unknown> = {}) => {
    const response = await post(token, variables);
    const body = response.body as { data?: Feed; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.suggestedConnections;
  };
  const partners = (f: Feed['suggestedConnections']) => f.edges.map((e) => e.node.partner.externalId);

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, sampleDocument());
    // Julie and Marc: two members of one company, in two languages.
    const viewers = { ...SAMPLE_VIEWERS, julie: { ...SAMPLE_VIEWERS.julie, role: 'MEMBER' as const } };
    ({ julie, marc, ann, staff } = await signInViewers(t, viewers, ids));
    await t.startWorker();
    await runFullRescore(t, staff);
  });
  afterAll(() => t.close());

  /** Until the worker has no retraining or rescoring left: what a member's act taught has landed. */
  const feedbackLearned = (what: string) => {
    const jobs = t.app.get(JobQueue);
    const feedbackJobs: string[] = [JobName.RETRAIN_FEEDBACK, JobName.RESCORE_COMPANY];
    const queues = new Set(feedbackJobs.map((name) => jobs.queueOf(name as JobName)));
    return eventually(
      what,
      async () => {
        const pending = await Promise.all(
          [...queues].map((queue) => queue.getJobs(['waiting', 'delayed', 'active', 'prioritized'])),
        );
        return pending.flat().filter((job) => feedbackJobs.includes(job.name)).length;
      },
      (count) => count === 0,
    );
  };

  it('answers the same query again without running it: the same bytes, headers, and impressions counted', async () => {
    const first = await post(julie);
    const page = jest.spyOn(t.app.get(FeedService), 'page');
    const impressions = t.app.get(ImpressionCounter);
    await impressions.flush();
    const shown = () =>
      t.app
        .get(DataSource)
        .query(
          `SELECT coalesce(sum(shown), 0)::int AS shown FROM suggestion_impressions WHERE company_id = $1`,
          [ids.get('BQ-1042')],
        ) as Promise<{ shown: number }[]>;
    const before = (await shown())[0].shown;
    const again = await post(julie);
    await impressions.flush();
    expect(page).not.toHaveBeenCalled();
    page.mockRestore();
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(again.headers['x-request-id']).toBeDefined();
    const count = (first.body as { data: Feed }).data.suggestedConnections.edges.length;
    expect((await shown())[0].shown - before).toBe(count);
  });

  it('shows a dismissal and a curation at the next query', async () => {
    const before = await feed(julie);
    expect(await feed(julie)).toEqual(before);
    const top = partners(before)[0];
    await t.gql(
      `mutation($p: ID!) { dismissSuggestion(partnerId: $p) }`,
      { p: ids.get(top) },
      { token: julie },
    );
    const dismissed = await feed(julie);
    expect(partners(dismissed)).not.toContain(top);
    // A dismissal is feedback too: when the company's feedback window closes, a retraining
    // rescores its feed. The tests below compare kept pages with fresh ones, so it lands first.
    await feedbackLearned('the dismissal’s retraining and rescoring');

    const last = partners(dismissed).at(-1)!;
    const curated = await t.gql(
      `mutation($c: ID!, $p: ID!) { curateMatch(companyId: $c, partnerId: $p, status: PINNED, note: "Intro") { curation } }`,
      { c: ids.get('BQ-1042'), p: ids.get(last) },
      { token: staff },
    );
    expect(curated.data).toEqual({ curateMatch: { curation: 'PINNED' } });
    const pinned = await feed(julie);
    expect(pinned.edges[0].node.partner.externalId).toBe(last);
    expect(pinned.edges[0].node.curation).toBe('PINNED');
  });

  it('never gives one viewer another’s kept answer', async () => {
    const julies = await feed(julie);
    const anns = await feed(ann);
    expect(partners(anns)).not.toEqual(partners(julies));
    expect(await feed(julie)).toEqual(julies);
    expect(await feed(ann)).toEqual(anns);
    // Same company, another language: the same partners, reasons in English.
    const marcs = await feed(marc);
    expect(partners(marcs)).toEqual(partners(julies));
    expect(marcs.edges[0].node.reasons[0].message).not.toBe(julies.edges[0].node.reasons[0].message);
    // Staff read the note members never see, on the same text and variables' company.
    const staffs = await feed(staff, { companyId: ids.get('BQ-1042') });
    expect(staffs.edges[0].node.curationNote).toBe('Intro');
    expect((await feed(julie)).edges[0].node.curationNote).toBeNull();
  });

  it('sends nothing kept once the person signed out everywhere', async () => {
    const lucie = await signedIn(t, {
      email: 'lucie@neovasc.test',
      name: 'Lucie',
      role: 'MEMBER',
      companyId: ids.get('BQ-1042'),
      locale: 'fr',
    });
    expect((await feed(lucie)).edges.length).toBeGreaterThan(0);
    await t.gql(`mutation { signOutEverywhere }`, {}, { token: lucie });
    const after = (await post(lucie)).body as { data?: unknown; errors?: { extensions: { code: string } }[] };
    expect(after.data ?? null).toBeNull();
    expect(after.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the web app’s feed page, whose meetings with each partner are asked apart and afresh', async () => {
    const WEB_FEED = print(SuggestedPartnersDocument);
    const page = { first: 12, filter: { lens: 'ALL' } };
    const webFeed = (token: string) =>
      t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .send({ query: WEB_FEED, operationName: 'SuggestedPartners', variables: page });
    const meetingsWith = async (token: string, companyIds: string[]) => {
      const response = await t.gql<{
        meetingsWithCompanies: {
          companyId: string;
          pendingRequest: { direction: string } | null;
          nextMeeting: unknown;
        }[];
      }>(print(MeetingsWithPartnersDocument), { companyIds }, { token });
      return response.data!.meetingsWithCompanies;
    };
    type WebFeed = {
      data: {
        suggestedConnections: {
          edges: { node: { partner: { id: string; sectors: { label: string }[] } } }[];
        };
      };
    };

    const first = await webFeed(julie);
    const runs = jest.spyOn(t.app.get(FeedService), 'page');
    const again = await webFeed(julie);
    expect(runs).not.toHaveBeenCalled();
    expect(again.text).toBe(first.text);
    const partnerIds = (first.body as WebFeed).data.suggestedConnections.edges.map((e) => e.node.partner.id);
    expect(partnerIds.length).toBeGreaterThan(0);
    expect((await meetingsWith(julie, partnerIds)).every((m) => !m.pendingRequest && !m.nextMeeting)).toBe(
      true,
    );

    // Julie asks the first partner to meet: what she sees of that partner, asked apart, says the
    // request waits.
    const [asked] = partnerIds;
    const day = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
    day.setUTCHours(15, 0, 0, 0);
    const sent = await t.gql(
      `mutation($to: ID!, $slots: [TimeRangeInput!]) { requestMeeting(toCompanyId: $to, proposedSlots: $slots) { id } }`,
      { to: asked, slots: [{ start: day, end: new Date(day.getTime() + 3600 * 1000) }] },
      { token: julie },
    );
    expect(sent.errors).toBeUndefined();
    runs.mockRestore();
    const afterRequest = await meetingsWith(julie, partnerIds);
    expect(afterRequest.map((m) => m.companyId)).toEqual(partnerIds);
    expect(afterRequest[0].pendingRequest).toEqual({ id: expect.any(String), direction: 'OUTGOING' });
    expect(afterRequest.slice(1).every((m) => !m.pendingRequest)).toBe(true);
    // Each viewer sees their own company's side; staff, with no company, see nothing waiting.
    expect((await meetingsWith(marc, [asked]))[0].pendingRequest?.direction).toBe('OUTGOING');
    expect((await meetingsWith(staff, [asked]))[0].pendingRequest).toBeNull();

    // The request also tells matching what Julie's company wants; once that is learned and her
    // company rescored, her new page is kept in turn.
    await feedbackLearned('the request’s retraining and rescoring');
    const learned = await webFeed(julie);
    const reads = jest.spyOn(t.app.get(FeedService), 'page');
    expect((await webFeed(julie)).text).toBe(learned.text);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();

    // The same page for a colleague reading English: the same partners, labels in English.
    const marcs = (await webFeed(marc)).body as WebFeed;
    const labels = (feed: WebFeed) =>
      feed.data.suggestedConnections.edges.flatMap((e) => e.node.partner.sectors.map((l) => l.label));
    const learnedIds = (learned.body as WebFeed).data.suggestedConnections.edges.map(
      (e) => e.node.partner.id,
    );
    expect(marcs.data.suggestedConnections.edges.map((e) => e.node.partner.id)).toEqual(learnedIds);
    expect(labels(marcs)).not.toEqual(labels(learned.body as WebFeed));
  });

  it('keeps only operations made of fields whose answer the generation covers', () => {
    const documents = new KeepableDocuments(() => t.app.get(GraphQLSchemaHost).schema);
    expect(documents.keepable(FEED, undefined)).toEqual({
      generation: 'feed',
      rootField: 'suggestedConnections',
    });
    // Labels read only the partner and the reader's language, which the key holds: kept.
    const withLabels = `{ suggestedConnections { edges { node { partner { sectors { label } } } } } }`;
    expect(documents.keepable(withLabels, undefined)).toEqual({
      generation: 'feed',
      rootField: 'suggestedConnections',
    });
    // Field resolvers of the partner that read more than the feed (the viewer's meetings with it,
    // its memberships): not kept.
    const withMeetings = `{ suggestedConnections { edges { node { partner { meetingsWithMe { pendingRequest { id } } } } } } }`;
    expect(documents.keepable(withMeetings, undefined)).toBeUndefined();
    const withMemberships = `{ suggestedConnections { edges { node { partner { memberships { active } } } } } }`;
    expect(documents.keepable(withMemberships, undefined)).toBeUndefined();
    const twoRoots = `{ suggestedConnections { totalCount } me { id } }`;
    expect(documents.keepable(twoRoots, undefined)).toBeUndefined();
    expect(documents.keepable(`mutation { dismissSuggestion(partnerId: "1") }`, undefined)).toBeUndefined();
  });
});
