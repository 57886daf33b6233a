import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobQueue } from '@app/queue';

/** How often each sweep runs; both are idempotent, so a late or repeated run does no harm. */
const SCHEDULES: { name: JobName; everyMs: number }[] = [
  { name: JobName.SEND_MEETING_REMINDERS, everyMs: 60_000 },
  { name: JobName.EXPIRE_MEETING_REQUESTS, everyMs: 5 * 60_000 },
];

/**
 * Registers the repeatable sweeps when a worker starts. Upserting by a fixed scheduler id keeps
 * one schedule per sweep however many workers start.
 */
@Injectable()
export class MeetingJobSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(MeetingJobSchedules.name);

  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const { name, everyMs } of SCHEDULES) {
      await this.jobs
        .queueOf(name)
        .upsertJobScheduler(
          name,
          { every: everyMs },
          {
            name,
            data: {},
            opts: { removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } },
          },
        )
        .catch((error: Error) => this.logger.warn(`Schedule of ${name} not registered: ${error.message}`));
    }
  }
}
