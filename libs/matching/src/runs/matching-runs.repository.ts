import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { RunStatus } from '../dto/matching.types.js';
import type { MatchingRunRow } from '../matching.tables.js';

/** A run as its statements return it (`SELECT *`). */
export type RunRow = Omit<MatchingRunRow, 'status' | 'weights'> & {
  status: RunStatus;
  /** The engine's weights the run scores with. */
  weights: Record<string, number>;
};

/** The run served now, with what a company's rescoring needs of it. */
export type ServedRun = Pick<RunRow, 'id' | 'top_k' | 'weights'>;

/** Serialises changes to the served feeds (a run's swap, a company's rescoring) across workers. */
export const FEED_LOCK = 4_242_100;

export const LOCK_SERVED_FEEDS_SQL = 'SELECT pg_advisory_xact_lock($1)';

/** At most one run waits (a partial unique index): none is created while one does. */
export const CREATE_RUN_SQL = `INSERT INTO matching_runs (kind, model_version, weights, top_k, requested_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ((true)) WHERE status = 'QUEUED' DO NOTHING RETURNING *`;

/** A run starts, or resumes where its last committed chunk left it. */
export const START_RUN_SQL = `UPDATE matching_runs SET status = 'RUNNING', started_at = coalesce(started_at, now())
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING *`;

/**
 * The latest run that reads every profile saved by `$1` (or by this transaction's start): it has
 * not started yet, or started since.
 */
export const RUN_COVERING_SQL = `SELECT * FROM matching_runs
        WHERE status <> 'FAILED' AND coalesce(started_at, 'infinity') >= coalesce($1::timestamptz, now())
        ORDER BY created_at DESC LIMIT 1`;

export const DESCRIBE_RUN_SQL = `UPDATE matching_runs SET companies_total = $2, feedback_version = $3, model_version = $4 WHERE id = $1`;

/** Committed with each chunk's rows: where a resumed run starts again. */
export const CHUNK_PROGRESS_SQL = `UPDATE matching_runs SET companies_scored = $2, pairs_scored = pairs_scored + $3 WHERE id = $1`;

export const FAIL_RUN_SQL = `UPDATE matching_runs SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`;

/** A run never replaces a newer one that finished first. */
export const SERVE_RUN_SQL = `UPDATE matching_state s SET previous_run_id = current_run_id, current_run_id = $1
          WHERE id = 1 AND (current_run_id IS NULL OR
                (SELECT created_at FROM matching_runs WHERE id = s.current_run_id) <
                (SELECT created_at FROM matching_runs WHERE id = $1))`;

export const COMPLETE_RUN_SQL = `UPDATE matching_runs SET status = 'COMPLETED', finished_at = now(), error = NULL WHERE id = $1`;

/** As text: a Date would drop the microseconds that tell a profile saved just before the start from one just after. */
export const RUN_STARTED_AT_SQL = `SELECT started_at::text AS started_at FROM matching_runs WHERE id = $1`;

/** Rescoring runs (`matching_runs`) and which of them is served (`matching_state`). */
@Injectable()
export class MatchingRunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A queued run, or undefined when one already waits. */
  async create(
    run: Pick<RunRow, 'kind' | 'model_version' | 'weights' | 'top_k' | 'requested_by'>,
    tx?: Transaction,
  ): Promise<RunRow | undefined> {
    const rows: RunRow[] = await (tx ?? this.dataSource.manager).query(CREATE_RUN_SQL, [
      run.kind,
      run.model_version,
      JSON.stringify(run.weights),
      run.top_k,
      run.requested_by,
    ]);
    return rows[0];
  }

  async byId(id: string): Promise<RunRow | undefined> {
    const rows: RunRow[] = await this.dataSource.query(`SELECT * FROM matching_runs WHERE id = $1`, [id]);
    return rows[0];
  }

  latest(limit: number): Promise<RunRow[]> {
    return this.dataSource.query(`SELECT * FROM matching_runs ORDER BY created_at DESC LIMIT $1`, [limit]);
  }

  /** Marks the run running (again, when resumed); undefined when it is no longer to run. */
  async start(id: string): Promise<RunRow | undefined> {
    // An UPDATE answers [rows, affected count] through TypeORM.
    const [rows]: [RunRow[], number] = await this.dataSource.query(START_RUN_SQL, [id]);
    return rows[0];
  }

  /**
   * A run waiting, running or completed that reads every profile saved by `at`, or, without
   * `at`, by the start of the transaction `tx`.
   */
  async covering(at: Date | null, tx?: Transaction): Promise<RunRow | undefined> {
    const rows: RunRow[] = await (tx ?? this.dataSource.manager).query(RUN_COVERING_SQL, [at]);
    return rows[0];
  }

  /** What the run scores: how many companies, with which feedback model and model version. */
  async describe(id: string, companiesTotal: number, feedbackVersion: number | null, modelVersion: string) {
    await this.dataSource.query(DESCRIBE_RUN_SQL, [id, companiesTotal, feedbackVersion, modelVersion]);
  }

  /** The run's progress, in the transaction of the chunk it counts. */
  async recordChunk(id: string, companiesScored: number, pairs: number, tx: Transaction): Promise<void> {
    await tx.query(CHUNK_PROGRESS_SQL, [id, companiesScored, pairs]);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query(FAIL_RUN_SQL, [id, error]);
  }

  /** Waits for, then holds until commit, the right to change the served feeds. */
  async lockServedFeeds(tx: Transaction): Promise<void> {
    await tx.query(LOCK_SERVED_FEEDS_SQL, [FEED_LOCK]);
  }

  /** Serves the run, keeping the one it replaces for open feed pages. */
  async serve(id: string, tx: Transaction): Promise<void> {
    await tx.query(SERVE_RUN_SQL, [id]);
  }

  async complete(id: string, tx: Transaction): Promise<void> {
    await tx.query(COMPLETE_RUN_SQL, [id]);
  }

  /** The run served now, if any. */
  async served(): Promise<ServedRun | undefined> {
    const rows: ServedRun[] = await this.dataSource.query(
      `SELECT r.id, r.top_k, r.weights FROM matching_state s JOIN matching_runs r ON r.id = s.current_run_id`,
    );
    return rows[0];
  }

  /** When the run started, as PostgreSQL writes a timestamp (companies' `changedSince` takes it so). */
  async startedAt(id: string): Promise<string> {
    const [row]: { started_at: string }[] = await this.dataSource.query(RUN_STARTED_AT_SQL, [id]);
    return row.started_at;
  }
}
