import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditModule } from '@app/audit';
import type { Viewer } from '@app/common';
import { CompaniesService } from '@app/companies';
import { FeedService, MatchingRunsService, MatchingWorkerModule } from '@app/matching';
import { MeetingSignalsModule } from '@app/meetings';
import { QueueModule } from '@app/queue';
// The job's handler, called here as the worker would: the run needs no worker process to be tested.
import { RunExecutor } from '../../libs/matching/src/runs/run-executor.js';
import { createUser, importCompanies, sampleDocument } from '../support/fixtures.js';
import { startServices, type Services } from '../support/services.js';

/** The sample's companies that consent to matchmaking (LSO-0450 does not), by province. */
const QUEBEC = ['BQ-0007', 'BQ-0588', 'BQ-0921', 'BQ-1042'];
const ONTARIO = ['LSO-0310', 'LSO-0877', 'LSO-1203'];
const OPTED_OUT = 'LSO-0450';

/** The first attempt of a job allowed one: a failure then marks the run failed. */
const ONLY_ATTEMPT = { attemptsMade: 0, opts: { attempts: 1 } } as Job;

describe('matching runs, through the services (medium test)', () => {
  let services: Services;
  let ids: Map<string, string>;
  let externalIdOf: Map<string, string>;
  let staff: Viewer;

  /** Staff ask for a full rescoring; the job's handler runs it to the end. */
  const fullRun = async () => {
    const runs = services.app.get(MatchingRunsService);
    const requested = await runs.requestFullRun(staff);
    expect(requested.status).toBe('QUEUED');
    await services.app.get(RunExecutor).rescoreAll({ runId: requested.id }, ONLY_ATTEMPT);
    return runs.findRun(requested.id);
  };
  /** The partners a company is suggested, by external id, as staff see its feed. */
  const feedOf = async (externalId: string) => {
    const page = await services.app.get(FeedService).page(staff, 'en', ids.get(externalId), undefined, 100);
    expect(page.totalCount).toBe(page.edges.length);
    return page.edges.map((edge) => externalIdOf.get(edge.node.partner.id)!);
  };
  const feeds = async (externalIds: string[]) =>
    Object.fromEntries(await Promise.all(externalIds.map(async (id) => [id, (await feedOf(id)).sort()])));
  /** The rows each run keeps, and how many distinct pairs they hold. */
  const storedRuns = (): Promise<{ run_id: string; rows: number; pairs: number }[]> =>
    services.app.get(DataSource).query(
      `SELECT run_id, count(*)::int AS rows, count(DISTINCT (company_id, partner_id))::int AS pairs
         FROM match_scores GROUP BY run_id`,
    );
  const servedRuns = async () => {
    const [state]: { current_run_id: string; previous_run_id: string | null }[] = await services.app
      .get(DataSource)
      .query(`SELECT current_run_id, previous_run_id FROM matching_state`);
    return state;
  };

  beforeAll(async () => {
    services = await startServices([
      QueueModule.forProducer(),
      AuditModule,
      MatchingWorkerModule.withSignalsFrom(MeetingSignalsModule),
    ]);
    ids = await importCompanies(services, sampleDocument());
    externalIdOf = new Map([...ids].map(([externalId, id]) => [id, externalId]));
    const userId = await createUser(services, {
      email: 'staff@bioquebec.test',
      name: 'Staff',
      role: 'STAFF',
      association: 'BIOQUEBEC',
      locale: 'en',
    });
    staff = { userId, role: 'STAFF', companyId: null, association: 'BIOQUEBEC', locale: 'en' };
  });

  afterAll(() => services?.close());

  it('scores each consenting company against the other province’s, and counts what it did', async () => {
    const run = await fullRun();
    expect(run).toMatchObject({
      status: 'COMPLETED',
      companiesTotal: QUEBEC.length + ONTARIO.length,
      companiesScored: QUEBEC.length + ONTARIO.length,
      pairsScored: 2 * QUEBEC.length * ONTARIO.length,
      error: null,
    });
    expect(run.finishedAt).toBeInstanceOf(Date);
    expect(await feeds(QUEBEC)).toEqual(Object.fromEntries(QUEBEC.map((id) => [id, ONTARIO])));
    expect(await feeds(ONTARIO)).toEqual(Object.fromEntries(ONTARIO.map((id) => [id, QUEBEC])));
    // A company that did not consent is neither scored nor suggested.
    expect(await feedOf(OPTED_OUT)).toEqual([]);
  });

  it('replaces the served scores with a second run’s, one row per pair, keeping the first only as the previous', async () => {
    const first = await servedRuns();
    const before = await feeds([...QUEBEC, ...ONTARIO]);
    const second = await fullRun();
    expect(second).toMatchObject({ status: 'COMPLETED', pairsScored: 2 * QUEBEC.length * ONTARIO.length });
    expect(await servedRuns()).toEqual({ current_run_id: second.id, previous_run_id: first.current_run_id });
    expect(await storedRuns()).toEqual(
      expect.arrayContaining([{ run_id: second.id, rows: second.pairsScored, pairs: second.pairsScored }]),
    );
    // Nothing changed between the runs: the feeds read the same, each partner once.
    expect(await feeds([...QUEBEC, ...ONTARIO])).toEqual(before);
  });

  it('drops a company that withdraws consent from every feed at once, and the next run scores it no more', async () => {
    const withdrawn = 'BQ-1042';
    await services.app
      .get(CompaniesService)
      .updateProfile(staff, ids.get(withdrawn), { matchmakingOptIn: false });
    for (const partner of ONTARIO) expect(await feedOf(partner)).not.toContain(withdrawn);

    const previous = (await servedRuns()).current_run_id;
    const run = await fullRun();
    const stillIn = QUEBEC.filter((id) => id !== withdrawn);
    expect(run).toMatchObject({
      status: 'COMPLETED',
      companiesTotal: stillIn.length + ONTARIO.length,
      pairsScored: 2 * stillIn.length * ONTARIO.length,
    });
    expect(await feedOf(withdrawn)).toEqual([]);
    expect(await feeds(ONTARIO)).toEqual(Object.fromEntries(ONTARIO.map((id) => [id, stillIn])));
    // Only the served run and the one before it keep rows: runs do not pile up.
    expect((await storedRuns()).map((r) => r.run_id).sort()).toEqual([previous, run.id].sort());
  });
});
