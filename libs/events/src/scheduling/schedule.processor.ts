import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';
import { ScheduleRunner } from './schedule-runner.js';

/** The worker's side of `scheduleEventMeetings`: one job per run, its outcome stored on the run. */
@Injectable()
export class ScheduleProcessor {
  constructor(private readonly runner: ScheduleRunner) {}

  @JobHandler(JobName.SCHEDULE_EVENT_MEETINGS)
  async schedule({ runId }: JobPayloads[JobName.SCHEDULE_EVENT_MEETINGS]): Promise<{ runId: string }> {
    await this.runner.run(runId);
    return { runId };
  }
}
