import { JobName, JobQueue } from '@app/queue';
import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually.js';
import { importCompanies, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { feedbackDocument } from './crafted-companies.js';
import { runFullRescore } from './run-helpers.js';

const FEED = `{ suggestedConnections(first: 50) { edges { node { partner { externalId } score } } } }`;

describe('patterns many companies share', () => {
  let t: TestApp;
  let ids: Map<string, string>;
  const members = new Map<string, string>();

  const feed = async (token: string) => {
    const response = await t.gql<{
      suggestedConnections: { edges: { node: { partner: { externalId: string }; score: number } }[] };
    }>(FEED, {}, { token });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return new Map(
      response.data.suggestedConnections.edges.map((e) => [e.node.partner.externalId, e.node.score]),
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    ids = await importCompanies(t, feedbackDocument(6));
    for (let i = 1; i <= 6; i += 1) {
      const externalId = `DEV-${i}`;
      members.set(
        externalId,
        await signedIn(t, {
          email: `dev${i}@crafted.test`,
          name: `Dev ${i}`,
          role: 'COMPANY_ADMIN',
          companyId: ids.get(externalId),
          locale: 'en',
        }),
      );
    }
    await t.startWorker();
    const staff = await signedIn(t, {
      email: 'staff@bq.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'en',
    });
    await runFullRescore(t, staff);
  });
  afterAll(() => t.close());

  it('reach the feeds of companies that did nothing, through one full run queued for the end of the hour', async () => {
    const bystander = members.get('DEV-6')!;
    const before = await feed(bystander);
    for (let i = 1; i <= 5; i += 1) {
      const dismissed = await t.gql(
        `mutation($p: ID!) { dismissSuggestion(partnerId: $p, reason: "NOT_RELEVANT") }`,
        { p: ids.get('CRO-1') },
        { token: members.get(`DEV-${i}`)! },
      );
      expect(dismissed.data).toEqual({ dismissSuggestion: true });
    }

    // Five developers found a CRO not relevant: a pattern for developers, and one run to spread it.
    const runs = t.app.get(JobQueue).queueOf(JobName.RESCORE_ALL);
    const waiting = await eventually(
      'a full run queued for the patterns',
      async () => (await runs.getJobs(['delayed'])).filter((job) => job.id?.startsWith('feedback-patterns-')),
      (jobs) => jobs.length > 0,
    );
    expect(await feed(bystander)).toEqual(before);
    // The end of the hour is brought forward.
    for (const job of waiting) await job.promote();

    const after = await eventually(
      'the full run to carry the pattern',
      () => feed(bystander),
      (scores) => scores.get('CRO-2') !== before.get('CRO-2'),
    );
    for (const cro of ['CRO-2', 'CRO-3']) expect(after.get(cro)!).toBeLessThan(before.get(cro)!);
    expect(after.get('CDMO-1')).toBe(before.get('CDMO-1'));
    const [run] = await t.app
      .get(DataSource)
      .query(
        `SELECT r.feedback_version FROM matching_state s JOIN matching_runs r ON r.id = s.current_run_id`,
      );
    const [latest] = await t.app
      .get(DataSource)
      .query(`SELECT max(version) AS version FROM match_feedback_models`);
    expect(run.feedback_version).toBe(latest.version);
  });
});
