import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Job, QueueEvents } from 'bullmq';
import { AuditLog } from '@app/audit';
import { isStaff } from '@app/auth';
import { AppException, type Viewer } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork } from '@app/database';
import { JOB_QUEUE, JobName, JobQueue, logConnectionErrors, redisConnectionOptions } from '@app/queue';
import { eventsError, SCHEDULE_RUN_THING } from '../events.errors.js';
import { EventsService } from '../events.service.js';
import type { ScheduleRunRow } from './schedule-run.types.js';
import { ScheduleRunsRepository } from './schedule-runs.repository.js';

/** How long `scheduleEventMeetings` waits for the worker before answering with the run still going. */
export const SCHEDULE_WAIT_MS = 25_000;

/**
 * Staff's side of scheduling: a run is recorded, handed to the worker as a job, and waited for
 * (up to SCHEDULE_WAIT_MS); a longer run is answered QUEUED/RUNNING and read later with `scheduleRun`.
 */
@Injectable()
export class ScheduleService implements OnModuleDestroy {
  private readonly logger = new Logger(ScheduleService.name);
  private queueEvents?: Promise<QueueEvents>;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly runs: ScheduleRunsRepository,
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
    const run = await this.unitOfWork.run(async (manager) => {
      const row = await this.runs.insert({ eventId, publish, requestedBy: viewer.userId }, manager);
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
    const run = await this.runs.find(runId);
    if (run) await this.events.getManaged(viewer, run.event_id);
    return run ?? null;
  }

  async get(viewer: Viewer, runId: string): Promise<ScheduleRunRow> {
    const run = await this.find(viewer, runId);
    if (!run) throw AppException.notFound(SCHEDULE_RUN_THING);
    return run;
  }

  /** The latest published run of an event (its grid and exports), or null before the first publication. */
  async latestPublished(eventId: string): Promise<ScheduleRunRow | null> {
    return (await this.runs.latestPublished(eventId)) ?? null;
  }

  private listen(): Promise<QueueEvents> {
    this.queueEvents ??= (async () => {
      const events = new QueueEvents(JOB_QUEUE[JobName.SCHEDULE_EVENT_MEETINGS], {
        connection: redisConnectionOptions(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
      });
      logConnectionErrors(events, this.logger, 'Schedule runs');
      await events.waitUntilReady();
      return events;
    })();
    return this.queueEvents;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.queueEvents) await (await this.queueEvents).close();
  }
}
