import { DataSource } from 'typeorm';
import { generateCompanies } from '@app/company-generator';
import { HANG_MS } from '../support/eventually.js';
import { importCompanies, signedIn } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildDist, spawnBuilt, waitFor, type BuiltProcess } from './support/processes.js';

interface RunProgress {
  status: string;
  companies_scored: number;
  companies_total: number;
}

describe('every worker killed during a full rescoring', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  const workers: BuiltProcess[] = [];

  /** The built worker process, on the test app's database and queue prefix. */
  const spawnWorker = () => {
    const worker = spawnBuilt('dist/apps/worker/src/main.js', {
      DATABASE_URL: t.config.DATABASE_URL,
      REDIS_URL: t.config.REDIS_URL,
      QUEUE_PREFIX: t.config.QUEUE_PREFIX,
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      NODE_ENV: 'test',
    });
    workers.push(worker);
    return worker;
  };

  const progress = async (runId: string): Promise<RunProgress> =>
    (
      await db.query(`SELECT status, companies_scored, companies_total FROM matching_runs WHERE id = $1`, [
        runId,
      ])
    )[0];

  const startRun = async (): Promise<string> => {
    const response = await t.gql<{ rescoreAll: { id: string } }>(
      'mutation { rescoreAll { id } }',
      {},
      { token: staff },
    );
    return response.data!.rescoreAll.id;
  };

  const waitCompleted = (runId: string, timeoutMs: number) =>
    waitFor(
      `run ${runId} to complete`,
      async () => (await progress(runId)).status === 'COMPLETED',
      timeoutMs,
      250,
    );

  beforeAll(async () => {
    buildDist();
    t = await startTestApp();
    db = t.app.get(DataSource);
    // Enough companies that a run lasts several seconds, so the kill lands in the middle of it.
    // Contacts are left out: at this size the generator repeats a few email addresses.
    const { companies } = generateCompanies({ seed: 31, quebec: 1500, ontario: 1500 });
    await importCompanies(t, { companies: companies.map((c) => ({ ...c, contacts: [] })) });
    staff = await signedIn(t, {
      email: 'staff@faults.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'en',
    });
  });

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exit));
    await t?.close();
  });

  it('resumes the run once workers start again and stores exactly the feeds of an uninterrupted run', async () => {
    const interrupted = await startRun();
    // Two instances, as deployed with `--scale worker=2`; both die in the middle of the run.
    const first = [spawnWorker(), spawnWorker()];
    await waitFor(
      'the run to be part-way through',
      async () => {
        const run = await progress(interrupted);
        return run.companies_scored > 0 && run.companies_scored < run.companies_total;
      },
      60_000,
      50,
    );
    for (const worker of first) worker.child.kill('SIGKILL');
    await Promise.all(first.map((worker) => worker.exit));
    const atKill = await progress(interrupted);
    expect(atKill.status).toBe('RUNNING');
    expect(atKill.companies_scored).toBeLessThan(atKill.companies_total);

    // BullMQ hands the dead workers' job to a new one once its 15 s lock has expired.
    spawnWorker();
    spawnWorker();
    await waitCompleted(interrupted, HANG_MS);
    const resumed = await progress(interrupted);
    expect(resumed.companies_scored).toBe(resumed.companies_total);

    const uninterrupted = await startRun();
    await waitCompleted(uninterrupted, HANG_MS);

    const [{ only_interrupted, only_uninterrupted, total }] = await db.query(
      `WITH a AS (SELECT company_id, partner_id, score FROM match_scores WHERE run_id = $1),
            b AS (SELECT company_id, partner_id, score FROM match_scores WHERE run_id = $2)
       SELECT (SELECT count(*) FROM (SELECT * FROM a EXCEPT SELECT * FROM b) x)::int AS only_interrupted,
              (SELECT count(*) FROM (SELECT * FROM b EXCEPT SELECT * FROM a) x)::int AS only_uninterrupted,
              (SELECT count(*) FROM a)::int AS total`,
      [interrupted, uninterrupted],
    );
    expect({ only_interrupted, only_uninterrupted }).toEqual({ only_interrupted: 0, only_uninterrupted: 0 });
    expect(total).toBeGreaterThan(0);
    const duplicates = await db.query(
      `SELECT run_id, company_id, partner_id FROM match_scores WHERE run_id IN ($1, $2)
        GROUP BY run_id, company_id, partner_id HAVING count(*) > 1`,
      [interrupted, uninterrupted],
    );
    expect(duplicates).toEqual([]);
  });
});
