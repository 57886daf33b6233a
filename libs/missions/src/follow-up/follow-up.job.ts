import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler, JobName, JobQueue } from '@app/queue';
import { MissionFollowUpService } from './follow-up.service.js';

const EVERY_MS = 60 * 60_000;

/** The worker's hourly sweep for trade missions whose follow-up is due (idempotent). */
@Injectable()
export class MissionFollowUpJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(MissionFollowUpJob.name);

  constructor(
    private readonly followUps: MissionFollowUpService,
    private readonly jobs: JobQueue,
  ) {}

  @JobHandler(JobName.SEND_MISSION_FOLLOW_UPS)
  async send(): Promise<{ missions: number }> {
    return { missions: await this.followUps.sendDue() };
  }

  /** One schedule however many workers start (a fixed scheduler id). */
  async onApplicationBootstrap(): Promise<void> {
    const name = JobName.SEND_MISSION_FOLLOW_UPS;
    await this.jobs
      .queueOf(name)
      .upsertJobScheduler(
        name,
        { every: EVERY_MS },
        { name, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } } },
      )
      .catch((error: Error) => this.logger.warn(`Schedule of ${name} not registered: ${error.message}`));
  }
}
