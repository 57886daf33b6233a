import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually.js';
import { importCompanies, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { feedbackDocument } from './crafted-companies.js';
import { runFullRescore } from './run-helpers.js';

const FEED = `query($filter: SuggestionFilter) {
  suggestedConnections(first: 50, filter: $filter) {
    edges { node { partner { externalId } score lensScores { theyOffer theySeek } reasons { code message } } } } }`;

interface Feed {
  suggestedConnections: {
    edges: {
      node: {
        partner: { externalId: string };
        score: number;
        lensScores: { theyOffer: number };
        reasons: { code: string; message: string }[];
      };
    }[];
  };
}

describe('learning from members’ feedback', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  let first: string;
  let second: string;
  let staff: string;
  let croMember: string;

  const feed = async (token: string, lens = 'ALL') => {
    const response = await t.gql<Feed>(FEED, { filter: { lens } }, { token });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.suggestedConnections.edges.map((e) => e.node);
  };
  const scoreOf = (nodes: Awaited<ReturnType<typeof feed>>, externalId: string) =>
    nodes.find((n) => n.partner.externalId === externalId)?.score;
  // A retraining waits for the company's feedback window to close, then rescores its feed.
  const learned = (token: string, watched: string, before: Awaited<ReturnType<typeof feed>>) =>
    eventually(
      `the feedback to move ${watched}`,
      () => feed(token),
      (nodes) => scoreOf(nodes, watched) !== scoreOf(before, watched),
    );

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, feedbackDocument());
    const member = (name: string, externalId: string) =>
      signedIn(t, {
        email: `${name}@crafted.test`,
        name,
        role: 'COMPANY_ADMIN',
        companyId: ids.get(externalId),
        locale: 'fr',
      });
    first = await member('first', 'DEV-1');
    second = await member('second', 'DEV-2');
    croMember = await member('cro', 'CRO-1');
    staff = await signedIn(t, {
      email: 'staff@bq.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'fr',
    });
    await t.startWorker();
    await runFullRescore(t, staff);
  });
  afterAll(() => t.close());

  it('sinks the kind of partner a company dismissed as not relevant in its own feed only, and says which model did it', async () => {
    const before = await feed(first);
    const otherBefore = [await feed(second), await feed(second, 'THEY_OFFER_WHAT_WE_SEEK')];
    const dismissed = await t.gql(
      `mutation($p: ID!) { dismissSuggestion(partnerId: $p, reason: "NOT_RELEVANT") }`,
      { p: ids.get('CRO-1') },
      { token: first },
    );
    expect(dismissed.data).toEqual({ dismissSuggestion: true });

    const after = await learned(first, 'CRO-2', before);
    const order = after.map((n) => n.partner.externalId);
    expect(order).not.toContain('CRO-1');
    // The other CROs now come after every CDMO, with lower scores than before.
    expect(order.slice(0, 2).sort()).toEqual(['CDMO-1', 'CDMO-2']);
    for (const cro of ['CRO-2', 'CRO-3']) expect(scoreOf(after, cro)!).toBeLessThan(scoreOf(before, cro)!);
    expect(scoreOf(after, 'CDMO-1')).toBe(scoreOf(before, 'CDMO-1'));

    // One company's feedback is no pattern shared by many: the other developer's feed is untouched.
    expect([await feed(second), await feed(second, 'THEY_OFFER_WHAT_WE_SEEK')]).toEqual(otherBefore);

    const db = t.app.get(DataSource);
    const models: { version: number; parent_version: number | null }[] = await db.query(
      `SELECT version, parent_version FROM match_feedback_models ORDER BY version`,
    );
    expect(models).toEqual([{ version: 1, parent_version: null }]);
    const rows: { feedback_version: number | null }[] = await db.query(
      `SELECT DISTINCT m.feedback_version FROM match_scores m JOIN matching_state s ON m.run_id = s.current_run_id
        WHERE m.company_id = $1`,
      [ids.get('DEV-1')],
    );
    expect(rows).toEqual([{ feedback_version: 1 }]);
  });

  it('applies the current model in the next full run, which names it in its model version', async () => {
    const learned = (await feed(first)).map((n) => n.partner.externalId);
    const run = await runFullRescore(t, staff);
    const described = await t.gql<{ matchingRun: { modelVersion: string } }>(
      'query($id: ID!) { matchingRun(id: $id) { modelVersion } }',
      { id: run.id },
      { token: staff },
    );
    expect(described.data!.matchingRun.modelVersion).toMatch(/\+feedback\.1$/);
    expect((await feed(first)).map((n) => n.partner.externalId)).toEqual(learned);
  });

  it('refuses to dismiss one’s own company or a company of the same province, and writes nothing', async () => {
    const before = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM suggestion_dismissals`);
    for (const partner of ['DEV-1', 'DEV-2']) {
      const refused = await t.gql(
        `mutation($p: ID!) { dismissSuggestion(partnerId: $p) }`,
        { p: ids.get(partner) },
        { token: first },
      );
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Les suggestions relient une entreprise du Québec et une de l’Ontario.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'SAME_PROVINCE' },
      });
    }
    const after = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM suggestion_dismissals`);
    expect(after).toEqual(before);
  });

  it('tells a person without a company that there is nothing to dismiss, without naming an argument it lacks', async () => {
    const response = await t.gql(
      `mutation($p: ID!) { dismissSuggestion(partnerId: $p) }`,
      { p: ids.get('DEV-1') },
      {
        token: staff,
      },
    );
    expect(response.errors?.[0]).toMatchObject({
      message: 'Votre compte n’est rattaché à aucune entreprise : il n’a pas de suggestions à écarter.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'NO_COMPANY_TO_DISMISS_FOR' },
    });
  });
  it('learns from meeting requests as soon as they are sent or declined, each in the acting company’s own feed', async () => {
    const secondBefore = await feed(second);
    const croBefore = await feed(croMember);
    const firstBefore = await feed(first);
    const day = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
    day.setUTCHours(15, 0, 0, 0);
    const sent = await t.gql<{ requestMeeting: { id: string } }>(
      `mutation($to: ID!, $slots: [TimeRangeInput!]) { requestMeeting(toCompanyId: $to, proposedSlots: $slots) { id } }`,
      { to: ids.get('CRO-1'), slots: [{ start: day, end: new Date(day.getTime() + 3600 * 1000) }] },
      { token: second },
    );
    expect(sent.errors).toBeUndefined();

    // The sender asked to meet a CRO: the other CROs rise in its feed, the CDMOs stay where they were.
    const secondAfter = await learned(second, 'CRO-2', secondBefore);
    for (const cro of ['CRO-2', 'CRO-3'])
      expect(scoreOf(secondAfter, cro)!).toBeGreaterThan(scoreOf(secondBefore, cro)!);
    expect(scoreOf(secondAfter, 'CDMO-1')).toBe(scoreOf(secondBefore, 'CDMO-1'));
    // And says why, in the member's language.
    const raised = secondAfter.find((n) => n.partner.externalId === 'CRO-2')!;
    expect(raised.reasons).toContainEqual({
      code: 'LIKE_PARTNERS_YOU_CHOSE',
      message: expect.stringMatching(/^Semblable aux partenaires pour lesquels votre entreprise a montré/),
    });

    // The CRO declines: developers like the sender sink in the CRO's own feed.
    const declined = await t.gql(
      `mutation($ids: [ID!]!) { declineMeetingRequests(ids: $ids, reason: "Pas pour nous") { id status } }`,
      { ids: [sent.data!.requestMeeting.id] },
      { token: croMember },
    );
    expect(declined.errors).toBeUndefined();
    const croAfter = await learned(croMember, 'DEV-1', croBefore);
    expect(scoreOf(croAfter, 'DEV-1')!).toBeLessThan(scoreOf(croBefore, 'DEV-1')!);

    // Neither act is the first developer's: its feed is as it was.
    expect(await feed(first)).toEqual(firstBefore);

    // Each act made a version after the last; only the newest keeps its body (no run is running).
    const models = await t.app
      .get(DataSource)
      .query(
        `SELECT version, parent_version, model IS NOT NULL AS kept FROM match_feedback_models ORDER BY version`,
      );
    expect(models).toEqual([
      { version: 1, parent_version: null, kept: false },
      { version: 2, parent_version: 1, kept: false },
      { version: 3, parent_version: 2, kept: true },
    ]);
  });

  it('keeps the model of a run not finished yet, which a resumed run goes on with', async () => {
    const db = t.app.get(DataSource);
    // A run a killed worker left half-done, scoring with version 3.
    await db.query(
      `INSERT INTO matching_runs (kind, status, model_version, weights, top_k, feedback_version)
       VALUES ('FULL', 'RUNNING', 'engine+feedback.3', '{}', 10, 3)`,
    );
    const before = await feed(first);
    await t.gql(
      `mutation($p: ID!) { dismissSuggestion(partnerId: $p, reason: "NOT_RELEVANT") }`,
      { p: ids.get('CDMO-2') },
      { token: first },
    );
    await learned(first, 'CDMO-1', before);
    const kept = await db.query(
      `SELECT version FROM match_feedback_models WHERE model IS NOT NULL ORDER BY version`,
    );
    expect(kept).toEqual([{ version: 3 }, { version: 4 }]);
  });
});
