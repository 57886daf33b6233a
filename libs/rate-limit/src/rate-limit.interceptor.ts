import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, switchMap, type Observable } from 'rxjs';
import { AppException, type GraphqlContext, type PasserelleRequest } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RateLimiter, type Limit, type Verdict } from './rate-limiter.service.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The caller's address as rate limits see it (`trust proxy` decides what `req.ip` believes). */
export function clientAddress(req: PasserelleRequest): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}

/**
 * Every root operation (each operation of a batch too) counts against its caller's budget: per
 * user when signed in, per IP address otherwise. Some operations also have a budget of their own,
 * (`login` and `changePassword` are also counted by LoginLockout, which needs the account;
 * `requestPasswordReset` by the auth domain, per address and per network). Refusals are RATE_LIMITED
 * with `extensions.retryAfter` and a `Retry-After` header.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<GraphqlContext>().req;
    const operation = gql.getInfo<GraphQLResolveInfo>().fieldName;
    return from(this.admit(req, operation)).pipe(switchMap(() => next.handle()));
  }

  private async admit(req: PasserelleRequest, operation: string): Promise<void> {
    const limiter = this.limiter;
    const caller = req.viewer ? `user:${req.viewer.userId}` : `ip:${clientAddress(req)}`;
    const general: Limit = req.viewer
      ? { key: caller, max: limiter.scaled(this.config.RATE_LIMIT_USER_PER_MINUTE), windowMs: MINUTE }
      : { key: caller, max: limiter.scaled(this.config.RATE_LIMIT_ANONYMOUS_PER_MINUTE), windowMs: MINUTE };
    const own = this.operationLimit(operation, caller);
    if (own) this.refuseIf(req, await limiter.hit(own));
    this.refuseIf(req, await limiter.hit(general));
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

  private refuseIf(req: PasserelleRequest, wait: Verdict): void {
    if (wait === undefined) return;
    req.res?.setHeader('Retry-After', String(wait));
    throw AppException.rateLimited(wait);
  }
}
