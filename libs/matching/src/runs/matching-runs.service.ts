import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@app/audit';
import { AppException, COMMON_MESSAGES, FieldProblems, type Viewer } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork, type Transaction } from '@app/database';
import { DEFAULT_WEIGHTS, MODEL_VERSION } from '@app/match-scoring';
import { JobName, JobQueue } from '@app/queue';
import { matchingError, RUN_THING } from '../matching.errors.js';
import type { MatchingRun } from '../dto/matching.types.js';
import { MatchingRunsRepository, type RunRow } from './matching-runs.repository.js';

const MAX_RUNS_LISTED = 100;

export type { RunRow } from './matching-runs.repository.js';

export function toMatchingRun(row: RunRow): MatchingRun {
  return {
    id: row.id,
    status: row.status,
    modelVersion: row.model_version,
    companiesTotal: row.companies_total,
    companiesScored: row.companies_scored,
    pairsScored: Number(row.pairs_scored),
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    error: row.error,
  };
}

/**
 * Full rescoring runs. At most one waits at a time (a partial unique index says so): a request
 * made while one waits joins it, since that run has not read any profile yet.
 */
@Injectable()
export class MatchingRunsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly runs: MatchingRunsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
  ) {}

  /** Creates a queued run with the model and weights it will use, or undefined when one already waits. */
  createRun(
    kind: 'FULL' | 'NIGHTLY',
    requestedBy: string | null,
    tx?: Transaction,
  ): Promise<RunRow | undefined> {
    return this.runs.create(
      {
        kind,
        model_version: MODEL_VERSION,
        weights: DEFAULT_WEIGHTS,
        top_k: this.config.MATCH_TOP_K,
        requested_by: requestedBy,
      },
      tx,
    );
  }

  /** Staff start a full run (or join the one waiting); it is returned at once and runs in the background. */
  async requestFullRun(viewer: Viewer): Promise<MatchingRun> {
    const requested = await this.unitOfWork.run(async (tx) => {
      const created = await this.createRun('FULL', viewer.userId, tx);
      // Not created: one waits, or started since this request began; either reads its profiles.
      const run = created ?? (await this.runs.covering(null, tx));
      if (!run) throw matchingError('RUN_IN_PROGRESS');
      await this.audit.record(tx, viewer, 'matching.rescore-all', { runId: run.id, joined: !created });
      return run;
    });
    await this.queueRun(requested.id);
    return toMatchingRun(requested);
  }

  /**
   * A nightly or import request, run as a job of its own: it queues a new run, or the waiting
   * one, under the run's id, so that a worker killed mid-run hands the same run on to the next.
   * A request queued before a run started (an import while staff asked for a run) is covered by
   * it: that run reads the request's profiles, and a second one beside it would only repeat it.
   * Not the nightly request: its scheduler queues it a day ahead, so when it was queued says
   * nothing of which profiles it must read.
   */
  async requestRun(kind: 'FULL' | 'NIGHTLY', queuedAt: Date): Promise<void> {
    const covering = kind === 'NIGHTLY' ? undefined : await this.runs.covering(queuedAt);
    const run = covering ?? (await this.createRun(kind, null)) ?? (await this.runs.covering(null));
    // Queued again if it waits already: its job id makes that a no-op, or restores a lost job.
    if (run?.status === 'QUEUED') await this.queueRun(run.id);
  }

  /** One job per run: adding it twice queues it once. */
  private async queueRun(runId: string): Promise<void> {
    await this.jobs.add(JobName.RESCORE_ALL, { runId }, { jobId: `${runId}-rescore-all`, attempts: 20 });
  }

  async findRun(id: string): Promise<MatchingRun> {
    const run = await this.runs.byId(id);
    if (!run) throw AppException.notFound(RUN_THING);
    return toMatchingRun(run);
  }

  /** The `last` runs, 1 to 100: out of range is refused, never silently cut down (as `first`). */
  async latestRuns(last: number): Promise<MatchingRun[]> {
    if (!Number.isInteger(last) || last < 1 || last > MAX_RUNS_LISTED) {
      new FieldProblems()
        .add('last', COMMON_MESSAGES.wholeNumberBetween, { min: 1, max: MAX_RUNS_LISTED })
        .throwIfAny();
    }
    return (await this.runs.latest(last)).map(toMatchingRun);
  }
}
