import { DataSource } from 'typeorm';
import { generateCompanies } from '@app/company-generator';
import { JobName, JobQueue } from '@app/queue';
import { eventually } from '../support/eventually.js';
import { importCompanies, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RUN = `query($id: ID!) { matchingRun(id: $id) { id status companiesScored companiesTotal pairsScored modelVersion } }`;

function waitForRun(t: TestApp, token: string, id: string) {
  return eventually(
    'the run to finish',
    async () => (await t.gql<{ matchingRun: { status: string } }>(RUN, { id }, { token })).data!.matchingRun,
    (run) => ['COMPLETED', 'FAILED'].includes(run.status),
  );
}

describe('matching runs', () => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    await importCompanies(t, {
      companies: generateCompanies({ seed: 11, quebec: 40, ontario: 40 }).companies,
    });
    staff = await signedIn(t, {
      email: 'staff@bq.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'fr',
    });
  });
  afterAll(() => t.close());

  it('starts a full run at once, joins a second request to the waiting run, and completes it in the worker', async () => {
    const first = await t.gql<{ rescoreAll: { id: string; status: string } }>(
      'mutation { rescoreAll { id status } }',
      {},
      { token: staff },
    );
    expect(first.data?.rescoreAll.status).toBe('QUEUED');
    const second = await t.gql<{ rescoreAll: { id: string } }>(
      'mutation { rescoreAll { id } }',
      {},
      { token: staff },
    );
    expect(second.data?.rescoreAll.id).toBe(first.data?.rescoreAll.id);

    await t.startWorker();
    const run = await waitForRun(t, staff, first.data!.rescoreAll.id);
    const optedIn: { count: number }[] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM companies WHERE matchmaking_opt_in`);
    expect(run).toEqual(
      expect.objectContaining({
        status: 'COMPLETED',
        companiesScored: optedIn[0].count,
        companiesTotal: optedIn[0].count,
      }),
    );
    const stored: { companies: number; cross: number }[] = await t.app.get(DataSource).query(
      `SELECT count(DISTINCT s.company_id)::int AS companies,
              count(*) FILTER (WHERE a.province = b.province)::int AS cross
         FROM match_scores s JOIN companies a ON a.id = s.company_id JOIN companies b ON b.id = s.partner_id`,
    );
    expect(stored[0]).toEqual({ companies: optedIn[0].count, cross: 0 });
  });

  it('runs an import’s request under a run of its own, unless a run started since covers it; a nightly one always', async () => {
    const db = t.app.get(DataSource);
    const jobs = t.app.get(JobQueue);
    const queue = jobs.queueOf(JobName.RESCORE_ALL);
    const runs = async () => (await db.query(`SELECT count(*)::int AS n FROM matching_runs`))[0].n as number;
    const finished = (jobId: string) =>
      eventually(
        `job ${jobId} to finish`,
        async () => (await queue.getJob(jobId))?.getState(),
        (state) => state === 'completed',
      );
    const before = await runs();
    // Queued before the completed run started (the job's own timestamp says when): that run
    // read the imported profiles.
    await queue.add(
      JobName.RESCORE_ALL,
      { kind: 'FULL' },
      { jobId: 'covered-import', timestamp: Date.parse('2020-01-01T00:00:00.000Z') },
    );
    await finished('covered-import');
    expect(await runs()).toBe(before);

    await jobs.add(JobName.RESCORE_ALL, { kind: 'FULL' }, { jobId: 'new-import' });
    await finished('new-import');
    expect(await runs()).toBe(before + 1);
    // The request queued the run under the run's own id, which a killed worker's successor resumes.
    const [created]: { id: string }[] = await db.query(
      `SELECT id FROM matching_runs ORDER BY created_at DESC LIMIT 1`,
    );
    expect(await queue.getJob(`${created.id}-rescore-all`)).toBeDefined();
    expect(await waitForRun(t, staff, created.id)).toEqual(expect.objectContaining({ status: 'COMPLETED' }));

    // The scheduler queues the nightly request a day ahead: runs since then do not cover it.
    await queue.add(
      JobName.RESCORE_ALL,
      { kind: 'NIGHTLY' },
      { jobId: 'nightly', timestamp: Date.parse('2020-01-01T00:00:00.000Z') },
    );
    await finished('nightly');
    expect(await runs()).toBe(before + 2);
    const [nightly]: { id: string; kind: string }[] = await db.query(
      `SELECT id, kind FROM matching_runs ORDER BY created_at DESC LIMIT 1`,
    );
    expect(nightly.kind).toBe('NIGHTLY');
    expect(await waitForRun(t, staff, nightly.id)).toEqual(expect.objectContaining({ status: 'COMPLETED' }));
  });

  it('keeps runs to staff', async () => {
    const member = await signedIn(t, {
      email: 'm@x.test',
      name: 'M',
      role: 'STAFF',
      locale: 'en',
      association: 'LSO',
    });
    expect(member).toBeTruthy();
    const ids: { id: string }[] = await t.app.get(DataSource).query(`SELECT id FROM companies LIMIT 1`);
    const someone = await signedIn(t, {
      email: 'member@x.test',
      name: 'Mem',
      role: 'MEMBER',
      locale: 'en',
      companyId: ids[0].id,
    });
    const response = await t.gql('mutation { rescoreAll { id } }', {}, { token: someone });
    expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('rescores after the swap each profile saved after the run started, to the microsecond', async () => {
    const db = t.app.get(DataSource);
    const started = '2026-03-02 10:00:00.000500+00';
    const [after, atStart]: { id: string; profile_version: number }[] = await db.query(
      `SELECT id, profile_version FROM companies WHERE matchmaking_opt_in ORDER BY id LIMIT 2`,
    );
    await db.query(`UPDATE companies SET updated_at = $1::timestamptz - interval '1 hour'`, [started]);
    await db.query(
      `UPDATE companies SET updated_at = $2::timestamptz + interval '1 microsecond' WHERE id = $1`,
      [after.id, started],
    );
    await db.query(`UPDATE companies SET updated_at = $2 WHERE id = $1`, [atStart.id, started]);
    // A run that started at `started` and was interrupted before its first chunk: the worker resumes it.
    const [run]: { id: string }[] = await db.query(
      `INSERT INTO matching_runs (kind, model_version, weights, top_k, status, started_at)
       SELECT kind, model_version, weights, top_k, 'RUNNING', $1 FROM matching_runs
        WHERE status = 'COMPLETED' ORDER BY created_at DESC LIMIT 1 RETURNING id`,
      [started],
    );
    const jobs = t.app.get(JobQueue);
    await jobs.add(JobName.RESCORE_ALL, { runId: run.id }, { jobId: `${run.id}-rescore-all` });
    expect(await waitForRun(t, staff, run.id)).toEqual(expect.objectContaining({ status: 'COMPLETED' }));

    const queue = jobs.queueOf(JobName.RESCORE_COMPANY);
    const rescoreOf = (c: { id: string; profile_version: number }) =>
      queue.getJob(`${c.id}-v${c.profile_version}-after-${run.id}`);
    expect(await rescoreOf(after)).toBeDefined();
    expect(await rescoreOf(atStart)).toBeUndefined();
  });
});
