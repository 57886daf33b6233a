import { Inject, Injectable } from '@nestjs/common';
import type { PasserelleRequest } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RateLimiter, type Limit, type Verdict } from './rate-limiter.service.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The caller's address as rate limits see it (`trust proxy` decides what `req.ip` believes). */
export function clientAddress(req: PasserelleRequest): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}

/**
 * The budgets one root operation counts against: its caller's (per user when signed in, per IP
 * address otherwise) and, for some operations, one of their own. Used for every operation that
 * runs (RateLimitInterceptor) and every answer sent again from memory (kept answers).
 */
@Injectable()
export class OperationBudgets {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts the operation when every budget admits it; otherwise how long to wait (nothing counted). */
  async admit(req: PasserelleRequest, operation: string): Promise<Verdict> {
    const limiter = this.limiter;
    const caller = req.viewer ? `user:${req.viewer.userId}` : `ip:${clientAddress(req)}`;
    const general: Limit = req.viewer
      ? { key: caller, max: limiter.scaled(this.config.RATE_LIMIT_USER_PER_MINUTE), windowMs: MINUTE }
      : { key: caller, max: limiter.scaled(this.config.RATE_LIMIT_ANONYMOUS_PER_MINUTE), windowMs: MINUTE };
    const own = this.operationLimit(operation, caller);
    if (own) {
      const wait = await limiter.hit(own);
      if (wait !== undefined) return wait;
    }
    return limiter.hit(general);
  }

  private operationLimit(operation: string, caller: string): Limit | undefined {
    const per = (max: number, windowMs: number) => ({
      key: `${operation}:${caller}`,
      max: this.limiter.scaled(max),
      windowMs,
    });
    switch (operation) {
      case 'inviteMember':
        return per(this.config.RATE_LIMIT_INVITES_PER_HOUR, HOUR);
      case 'acceptInvitation':
      case 'resetPassword':
        return per(this.config.RATE_LIMIT_INVITATION_ACCEPTS_PER_HOUR, HOUR);
      case 'requestMeeting':
        return per(this.config.RATE_LIMIT_MEETING_REQUESTS_PER_HOUR, HOUR);
      default:
        return undefined;
    }
  }
}
