import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { REDIS } from '@app/redis';
import { SLIDING_WINDOW_SCRIPT, windowKeys } from './sliding-window.js';

export interface Limit {
  /** Identifies the budget: what is limited and for whom (`user:<id>`, `ip:<address>`). */
  key: string;
  max: number;
  windowMs: number;
}

/** Seconds to wait, or undefined when the call is admitted. */
export type Verdict = number | undefined;

const OUTAGE_WARNING_EVERY_MS = 60_000;

/** The sliding-window script as a client command: sent by its SHA1, its text only when Redis lacks it. */
interface WithSlidingWindow {
  passerelleSlidingWindow(...args: (string | number)[]): Promise<[number, number]>;
}

/**
 * Budgets kept in Redis, so that every API instance counts against the same ones. When Redis is
 * unreachable the limiter lets calls through (reads must keep working) and says so in the log.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger('RateLimit');
  private lastWarning = 0;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    redis.defineCommand('passerelleSlidingWindow', { numberOfKeys: 2, lua: SLIDING_WINDOW_SCRIPT });
  }

  /** Every configured limit is multiplied by RATE_LIMIT_SCALE (load tests raise it). */
  scaled(max: number): number {
    return Math.max(1, Math.floor(max * this.config.RATE_LIMIT_SCALE));
  }

  /** Counts one call against the budget when it fits; otherwise says how long to wait. */
  hit(limit: Limit): Promise<Verdict> {
    return this.run(limit, true);
  }

  /** Whether one more call would fit, without counting it (a lockout looks before it counts). */
  check(limit: Limit): Promise<Verdict> {
    return this.run(limit, false);
  }

  /** Counts an event (a failed sign-in) whatever the budget says. */
  async record(limit: Limit): Promise<void> {
    const { current } = windowKeys(this.prefixed(limit.key), limit.windowMs, Date.now());
    await this.failOpen(() =>
      this.redis
        .multi()
        .incr(current)
        .pexpire(current, limit.windowMs * 2)
        .exec(),
    );
  }

  async forget(limit: Limit): Promise<void> {
    const { current, previous } = windowKeys(this.prefixed(limit.key), limit.windowMs, Date.now());
    await this.failOpen(() => this.redis.del(current, previous));
  }

  private async run(limit: Limit, count: boolean): Promise<Verdict> {
    const keys = windowKeys(this.prefixed(limit.key), limit.windowMs, Date.now());
    const result = await this.failOpen(() =>
      (this.redis as Redis & WithSlidingWindow).passerelleSlidingWindow(
        keys.current,
        keys.previous,
        limit.max,
        limit.windowMs,
        keys.elapsed,
        count ? 1 : 0,
      ),
    );
    if (!result || result[0] === 1) return undefined;
    return Math.max(1, Math.ceil(result[1] / 1000));
  }

  private prefixed(key: string): string {
    return `${this.config.QUEUE_PREFIX}:rate:${key}`;
  }

  private async failOpen<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarning > OUTAGE_WARNING_EVERY_MS) {
        this.lastWarning = now;
        this.logger.warn(`Rate limits not enforced, Redis unavailable: ${(error as Error).message}`);
      }
      return undefined;
    }
  }
}
