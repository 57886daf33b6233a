import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '@app/audit';
import { AppException, type Viewer } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DEFAULT_WEIGHTS, MODEL_VERSION } from '@app/match-scoring';
import { JobName, JobQueue } from '@app/queue';
import { matchingError, RUN_THING } from '../matching.errors.js';
import type { MatchingRun, RunStatus } from '../dto/matching.types.js';

export interface RunRow {
  id: string;
  status: RunStatus;
  model_version: string;
  /** The feedback model the run applied (set when it starts; none before any feedback). */
  feedback_version: number | null;
  weights: Record<string, number>;
  top_k: number;
  companies_total: number;
  companies_scored: number;
  pairs_scored: string;
  started_at: Date | null;
  finished_at: Date | null;
  error: string | null;
}

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
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
  ) {}

  /** Creates a queued run with the model and weights it will use, or undefined when one already waits. */
  async createRun(manager: EntityManager, kind: 'FULL' | 'NIGHTLY', requestedBy: string | null) {
    const rows: RunRow[] = await manager.query(
      `INSERT INTO matching_runs (kind, model_version, weights, top_k, requested_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ((true)) WHERE status = 'QUEUED' DO NOTHING RETURNING *`,
      [kind, MODEL_VERSION, JSON.stringify(DEFAULT_WEIGHTS), this.config.MATCH_TOP_K, requestedBy],
    );
    return rows[0] as RunRow | undefined;
  }

  /** Staff start a full run (or join the one waiting); it is returned at once and runs in the background. */
  async requestFullRun(viewer: Viewer): Promise<MatchingRun> {
    const run = await this.dataSource.transaction(async (manager) => {
      const created = await this.createRun(manager, 'FULL', viewer.userId);
      const waiting: RunRow[] = created
        ? [created]
        : await manager.query(`SELECT * FROM matching_runs WHERE status = 'QUEUED'`);
      if (!waiting[0]) throw matchingError('RUN_IN_PROGRESS');
      await this.audit.record(manager, viewer, 'matching.rescore-all', {
        runId: waiting[0].id,
        joined: !created,
      });
      return waiting[0];
    });
    await this.jobs.add(
      JobName.RESCORE_ALL,
      { runId: run.id },
      { jobId: `${run.id}-rescore-all`, attempts: 20 },
    );
    return toMatchingRun(run);
  }

  async findRun(id: string): Promise<MatchingRun> {
    const rows: RunRow[] = await this.dataSource.query(`SELECT * FROM matching_runs WHERE id = $1`, [id]);
    if (!rows[0]) throw AppException.notFound(RUN_THING);
    return toMatchingRun(rows[0]);
  }

  async latestRuns(limit: number): Promise<MatchingRun[]> {
    const rows: RunRow[] = await this.dataSource.query(
      `SELECT * FROM matching_runs ORDER BY created_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map(toMatchingRun);
  }
}
