import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ASSOCIATIONS_TIME_ZONE } from '@app/common';
import { JobName, JobQueue } from '@app/queue';

/** A full rescoring every night at 3:00 Toronto time, so every stored score is at most a day old. */
@Injectable()
export class NightlyRescore implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queueOf(JobName.RESCORE_ALL)
      .upsertJobScheduler(
        'nightly-rescore',
        { pattern: '0 3 * * *', tz: ASSOCIATIONS_TIME_ZONE },
        { name: JobName.RESCORE_ALL, data: { kind: 'NIGHTLY' } },
      );
  }
}
