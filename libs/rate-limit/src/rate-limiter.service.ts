import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { FailOpen, REDIS } from '@app/redis';
import { REFUND_SCRIPT, SLIDING_WINDOW_SCRIPT, windowKeys } from './sliding-window.js';

export interface Limit {
  /** Identifies the budget: what is limited and for whom (`user:<id>`, `ip:<address>`). */
  key: string;
  max: number;
  windowMs: number;
}

/** Seconds to wait, or undefined when the call is admitted. */
export type Verdict = number | undefined;

/** The sliding-window script as a client command: sent by its SHA1, its text only when Redis lacks it. */
interface WithSlidingWindow {
  passerelleSlidingWindow(...args: (string | number)[]): Promise<[number, number]>;
}

interface WithRefund {
  passerelleRefund(key: string): Promise<number>;
}

/**
 * Budgets kept in Redis, so that every API instance counts against the same ones. When Redis is
 * unreachable the limiter lets calls through (reads must keep working) and says so in the log.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger('RateLimit');
  private readonly failOpen = new FailOpen(this.logger, 'Rate limits not enforced');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    redis.defineCommand('passerelleSlidingWindow', { numberOfKeys: 2, lua: SLIDING_WINDOW_SCRIPT });
    redis.defineCommand('passerelleRefund', { numberOfKeys: 1, lua: REFUND_SCRIPT });
  }

  /** Every configured limit is multiplied by RATE_LIMIT_SCALE (load tests raise it). */
  scaled(max: number): number {
    return Math.max(1, Math.floor(max * this.config.RATE_LIMIT_SCALE));
  }

  /** Counts one call against the budget when it fits; otherwise says how long to wait. */
  async hit(limit: Limit): Promise<Verdict> {
    const keys = windowKeys(this.prefixed(limit.key), limit.windowMs, Date.now());
    const result = await this.failOpen.run(() =>
      (this.redis as Redis & WithSlidingWindow).passerelleSlidingWindow(
        keys.current,
        keys.previous,
        limit.max,
        limit.windowMs,
        keys.elapsed,
        1,
      ),
    );
    if (!result || result[0] === 1) return undefined;
    return Math.max(1, Math.ceil(result[1] / 1000));
  }

  /** Gives back one counted call (one that turned out not to count, a sign-in that succeeded). */
  async refund(limit: Limit): Promise<void> {
    const { current } = windowKeys(this.prefixed(limit.key), limit.windowMs, Date.now());
    await this.failOpen.run(() => (this.redis as Redis & WithRefund).passerelleRefund(current));
  }

  async forget(limit: Limit): Promise<void> {
    const { current, previous } = windowKeys(this.prefixed(limit.key), limit.windowMs, Date.now());
    await this.failOpen.run(() => this.redis.del(current, previous));
  }

  private prefixed(key: string): string {
    return `${this.config.QUEUE_PREFIX}:rate:${key}`;
  }
}
