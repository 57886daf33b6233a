import { Injectable, Logger } from '@nestjs/common';
import { JobName, JobQueue } from '@app/queue';

/** Feedback within this window joins one retraining, run when the window closes. */
export const FEEDBACK_DEBOUNCE_MS = 5_000;

/**
 * Asks for a retraining after a company acted on a partner: it dismissed a suggestion (this
 * domain), or sent, accepted or declined a meeting request, or judged a meeting (the meeting
 * domain, after its transaction commits). The retraining then rescores that company, so its next
 * feed shows what it taught.
 */
@Injectable()
export class RetrainingQueue {
  private readonly logger = new Logger(RetrainingQueue.name);

  constructor(private readonly jobs: JobQueue) {}

  /**
   * Every action of a company within one window maps to the same job id, so they share one
   * retraining (BullMQ ignores a job id it already has). The action itself is stored either way:
   * a retraining missed while Redis is away comes with the next full run, so it is not an error.
   */
  async companyActed(companyId: string, now = Date.now()): Promise<void> {
    const window = Math.floor(now / FEEDBACK_DEBOUNCE_MS);
    await this.jobs
      .add(
        JobName.RETRAIN_FEEDBACK,
        { companyId },
        {
          jobId: `feedback-${companyId}-${window}`,
          delayMs: (window + 1) * FEEDBACK_DEBOUNCE_MS - now,
          background: true,
        },
      )
      .catch((error: Error) => this.logger.warn(`Feedback retraining not queued: ${error.message}`));
  }
}
