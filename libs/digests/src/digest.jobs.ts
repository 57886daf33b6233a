import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PeopleRepository } from '@app/auth';
import { Clock } from '@app/meetings';
import { JobHandler, JobName, JobQueue, type JobPayloads } from '@app/queue';
import { dueWeek } from './digest-schedule.js';
import { DigestRepository } from './digest.repository.js';
import { DigestService } from './digest.service.js';

export interface DigestRunSummary {
  readers: number;
  emailed: number;
}

/**
 * The weekly digests: an hourly tick queues one job per person whose local Monday 8:00 has come
 * (job id per person and week, and a `sent_digests` row per week, so a person gets one a week
 * however often the tick runs), and `sendNow` for `npm run cli -- send-digests --now`.
 */
@Injectable()
export class DigestRunner {
  constructor(
    private readonly repository: DigestRepository,
    private readonly people: PeopleRepository,
    private readonly digests: DigestService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Queues the digests that are due; answers whose. */
  @JobHandler(JobName.DIGESTS_TICK)
  async tick(): Promise<string[]> {
    const now = this.clock.now();
    const due = (await this.people.weeklyDigestReaders())
      .map((reader) => ({ userId: reader.id, period: dueWeek(now, reader.time_zone) }))
      .filter((d): d is { userId: string; period: string } => d.period !== null);
    const checked = await this.repository.checkedPeriods(
      due.map((d) => d.userId),
      due.map((d) => d.period),
    );
    const queued = due.filter((d) => !checked.has(`${d.userId}|${d.period}`));
    for (const d of queued) {
      await this.jobs.add(JobName.SEND_DIGEST, d, { jobId: `digest-${d.userId}-${d.period}` });
    }
    return queued.map((d) => d.userId);
  }

  @JobHandler(JobName.SEND_DIGEST)
  async sendOne({ userId, period }: JobPayloads[JobName.SEND_DIGEST]): Promise<void> {
    const [reader] = await this.people.weeklyDigestReaders(userId);
    if (reader) await this.digests.send(reader, period);
  }

  /** Every reader at once, whatever the day: each gets a digest when something is new for them. */
  async sendNow(): Promise<DigestRunSummary> {
    // Each run is a period of its own: two runs in a row each send what is new since the last.
    const period = `now:${randomUUID()}`;
    const readers = await this.people.weeklyDigestReaders();
    let emailed = 0;
    for (const reader of readers) if ((await this.digests.send(reader, period)).emailed) emailed += 1;
    return { readers: readers.length, emailed };
  }
}

/** Registers the hourly tick when a worker starts (one schedule however many workers start). */
@Injectable()
export class DigestSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestSchedule.name);

  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queueOf(JobName.DIGESTS_TICK)
      .upsertJobScheduler(
        JobName.DIGESTS_TICK,
        { every: 3_600_000 },
        {
          name: JobName.DIGESTS_TICK,
          data: {},
          opts: { removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } },
        },
      )
      .catch((error: Error) => this.logger.warn(`Schedule of the digests not registered: ${error.message}`));
  }
}
