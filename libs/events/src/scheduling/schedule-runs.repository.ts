import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { ScheduleRunRow, StoredScheduleResult } from './schedule-run.types.js';

/** Every query on `event_schedule_runs`. */
@Injectable()
export class ScheduleRunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    run: { eventId: string; publish: boolean; requestedBy: string },
    tx: Transaction,
  ): Promise<ScheduleRunRow> {
    const [row]: ScheduleRunRow[] = await tx.query(
      `INSERT INTO event_schedule_runs (event_id, publish, requested_by) VALUES ($1, $2, $3) RETURNING *`,
      [run.eventId, run.publish, run.requestedBy],
    );
    return row;
  }

  /** Marks the run RUNNING; none when it is DONE or FAILED already (a retried job). */
  async start(runId: string): Promise<ScheduleRunRow | undefined> {
    const [run]: ScheduleRunRow[] = await this.dataSource.query(
      `WITH started AS (UPDATE event_schedule_runs SET status = 'RUNNING'
                         WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING *)
       SELECT * FROM started`,
      [runId],
    );
    return run;
  }

  async finish(runId: string, result: StoredScheduleResult, tx: Transaction): Promise<void> {
    await tx.query(
      `UPDATE event_schedule_runs SET status = 'DONE', result = $2, finished_at = now() WHERE id = $1`,
      [runId, JSON.stringify(result)],
    );
  }

  async fail(runId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE event_schedule_runs SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
      [runId, reason],
    );
  }

  /** By an id that may not even be a uuid. */
  async find(runId: string): Promise<ScheduleRunRow | undefined> {
    const rows: ScheduleRunRow[] = await this.dataSource.query(
      `SELECT * FROM event_schedule_runs WHERE id::text = $1`,
      [runId],
    );
    return rows[0];
  }

  async latestPublished(eventId: string): Promise<ScheduleRunRow | undefined> {
    const rows: ScheduleRunRow[] = await this.dataSource.query(
      `SELECT * FROM event_schedule_runs WHERE event_id = $1 AND publish AND status = 'DONE'
        ORDER BY finished_at DESC LIMIT 1`,
      [eventId],
    );
    return rows[0];
  }
}
