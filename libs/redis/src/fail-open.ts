import type { Logger } from '@nestjs/common';

const OUTAGE_WARNING_EVERY_MS = 60_000;

/**
 * Runs Redis work for a guard that must not stop the product when Redis is down (rate limits,
 * the per-person subscription cap): on an error the work counts as not done (undefined) and the
 * log says what is not enforced, at most once a minute so an outage does not flood it.
 */
export class FailOpen {
  private lastWarning = 0;

  constructor(
    private readonly logger: Logger,
    /** What goes unenforced, e.g. "Rate limits not enforced". */
    private readonly consequence: string,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarning > OUTAGE_WARNING_EVERY_MS) {
        this.lastWarning = now;
        this.logger.warn(`${this.consequence}, Redis unavailable: ${(error as Error).message}`);
      }
      return undefined;
    }
  }
}
