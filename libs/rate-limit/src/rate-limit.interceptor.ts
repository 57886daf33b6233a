import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { createHash } from 'node:crypto';
import { catchError, from, switchMap, tap, type Observable } from 'rxjs';
import { ApiErrorCode, AppException, type GraphqlContext, type PasserelleRequest } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LOGIN_LOCKED } from './rate-limit.messages.js';
import { RateLimiter, type Limit, type Verdict } from './rate-limiter.service.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function clientAddress(req: PasserelleRequest): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}

/** Emails are keyed by a hash: the rate-limit keys in Redis do not list who tried to sign in. */
function accountKey(email: unknown): string {
  const normalised = typeof email === 'string' ? email.trim().toLowerCase() : '';
  return createHash('sha256').update(normalised).digest('hex').slice(0, 32);
}

/**
 * Every root operation (each operation of a batch too) counts against its caller's budget: per
 * user when signed in, per IP address otherwise. Some operations also have a budget of their own,
 * and `login` locks an account and an address after repeated failures. Refusals are RATE_LIMITED
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
    const args = gql.getArgs<Record<string, unknown>>();
    const admitted = from(this.admit(req, operation, args)).pipe(switchMap(() => next.handle()));
    return operation === 'login' ? this.watchLogin(admitted, req, args.email) : admitted;
  }

  private async admit(
    req: PasserelleRequest,
    operation: string,
    args: Record<string, unknown>,
  ): Promise<void> {
    const limiter = this.limiter;
    const caller = req.viewer ? `user:${req.viewer.userId}` : `ip:${clientAddress(req)}`;
    const general: Limit = req.viewer
      ? { key: caller, max: limiter.scaled(this.config.RATE_LIMIT_USER_PER_MINUTE), windowMs: MINUTE }
      : { key: caller, max: limiter.scaled(this.config.RATE_LIMIT_ANONYMOUS_PER_MINUTE), windowMs: MINUTE };
    if (operation === 'login') {
      for (const lockout of this.loginLockouts(req, args.email)) {
        this.refuseIf(req, await limiter.check(lockout), true);
      }
    }
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
        return per(this.config.RATE_LIMIT_INVITATION_ACCEPTS_PER_HOUR, HOUR);
      case 'requestMeeting':
        return per(this.config.RATE_LIMIT_MEETING_REQUESTS_PER_HOUR, HOUR);
      default:
        return undefined;
    }
  }

  /** Failed sign-ins are counted per account (known or not) and per address. */
  private loginLockouts(req: PasserelleRequest, email: unknown): Limit[] {
    const max = this.limiter.scaled(this.config.LOGIN_LOCKOUT_FAILURES);
    const windowMs = this.config.LOGIN_LOCKOUT_MINUTES * MINUTE;
    return [
      { key: `login-failures:account:${accountKey(email)}`, max, windowMs },
      { key: `login-failures:ip:${clientAddress(req)}`, max, windowMs },
    ];
  }

  private watchLogin(
    result: Observable<unknown>,
    req: PasserelleRequest,
    email: unknown,
  ): Observable<unknown> {
    const [account, address] = this.loginLockouts(req, email);
    return result.pipe(
      tap(() => void this.limiter.forget(account)),
      catchError(async (error: unknown) => {
        if (error instanceof AppException && error.reason === 'BAD_CREDENTIALS') {
          await Promise.all([this.limiter.record(account), this.limiter.record(address)]);
        }
        throw error;
      }),
    );
  }

  private refuseIf(req: PasserelleRequest, wait: Verdict, lockout = false): void {
    if (wait === undefined) return;
    req.res?.setHeader('Retry-After', String(wait));
    if (!lockout) throw AppException.rateLimited(wait);
    throw new AppException(ApiErrorCode.RATE_LIMITED, LOGIN_LOCKED, {
      retryAfterSeconds: wait,
      params: { seconds: wait },
      reason: 'LOGIN_LOCKED',
    });
  }
}
