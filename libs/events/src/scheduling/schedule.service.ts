import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, QueueEvents } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@app/audit';
import { isStaff } from '@app/auth';
import { AppException, type Viewer } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JOB_QUEUE, JobName, JobQueue, redisConnectionOptions } from '@app/queue';
import { eventsError, SCHEDULE_RUN_THING } from '../events.errors.js';
import { EventsService } from '../events.service.js';
import type { ScheduleRunRow } from './schedule-run.types.js';

/** How long `scheduleEventMeetings` waits for the worker before answering with the run still going. */
export const SCHEDULE_WAIT_MS = 25_000;

/**
 * Staff's side of scheduling: a run is recorded, handed to the worker as a job, and waited for
 * (up to SCHEDULE_WAIT_MS); a longer run is answered QUEUED/RUNNING and read later with `scheduleRun`.
 */
@Injectable()
export class ScheduleService implements OnModuleDestroy {
  private queueEvents?: Promise<QueueEvents>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
  ) {}

  async start(
    viewer: Viewer,
    eventId: string,
    publish: boolean,
    waitMs = SCHEDULE_WAIT_MS,
  ): Promise<ScheduleRunRow> {
    const event = await this.events.getManaged(viewer, eventId);
    if (!event.tables) throw eventsError('NO_PARTNERING_SESSION');
    const run = await this.dataSource.transaction(async (manager) => {
      const [row]: ScheduleRunRow[] = await manager.query(
        `INSERT INTO event_schedule_runs (event_id, publish, requested_by) VALUES ($1, $2, $3) RETURNING *`,
        [eventId, publish, viewer.userId],
      );
      await this.audit.record(
        manager,
        viewer,
        publish ? 'event.schedule.publish' : 'event.schedule.dry-run',
        {
          eventId,
          runId: row.id,
        },
      );
      return row;
    });
    const events = await this.listen();
    const jobId = await this.jobs.add(
      JobName.SCHEDULE_EVENT_MEETINGS,
      { runId: run.id },
      { jobId: `schedule-${run.id}`, attempts: 1 },
    );
    const job = await Job.fromId(this.jobs.queueOf(JobName.SCHEDULE_EVENT_MEETINGS), jobId);
    // A timeout (no worker, a long run) is not an error: the run goes on and is read later.
    await job?.waitUntilFinished(events, waitMs).catch(() => undefined);
    return (await this.find(viewer, run.id))!;
  }

  async find(viewer: Viewer, runId: string): Promise<ScheduleRunRow | null> {
    if (!isStaff(viewer)) throw AppException.forbidden();
    const rows: ScheduleRunRow[] = await this.dataSource.query(
      `SELECT * FROM event_schedule_runs WHERE id::text = $1`,
      [runId],
    );
    if (rows[0]) await this.events.getManaged(viewer, rows[0].event_id);
    return rows[0] ?? null;
  }

  async get(viewer: Viewer, runId: string): Promise<ScheduleRunRow> {
    const run = await this.find(viewer, runId);
    if (!run) throw AppException.notFound(SCHEDULE_RUN_THING);
    return run;
  }

  /** The latest published run of an event (its grid and exports), or null before the first publication. */
  async latestPublished(eventId: string): Promise<ScheduleRunRow | null> {
    const rows: ScheduleRunRow[] = await this.dataSource.query(
      `SELECT * FROM event_schedule_runs WHERE event_id = $1 AND publish AND status = 'DONE'
        ORDER BY finished_at DESC LIMIT 1`,
      [eventId],
    );
    return rows[0] ?? null;
  }

  private listen(): Promise<QueueEvents> {
    this.queueEvents ??= (async () => {
      const events = new QueueEvents(JOB_QUEUE[JobName.SCHEDULE_EVENT_MEETINGS], {
        connection: redisConnectionOptions(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
      });
      await events.waitUntilReady();
      return events;
    })();
    return this.queueEvents;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.queueEvents) await (await this.queueEvents).close();
  }
}
