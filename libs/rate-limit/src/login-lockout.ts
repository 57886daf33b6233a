import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ApiErrorCode, AppException } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LOGIN_LOCKED } from './rate-limit.messages.js';
import { RateLimiter, type Limit, type Verdict } from './rate-limiter.service.js';

const MINUTE = 60_000;

/** Whom a sign-in is for: the account's id, or, for an email without one, that email. */
export type LoginAccount = { userId: string } | { normalisedEmail: string };

/** A sign-in counted before its password was checked; a success gives the count back. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
}

/** Unknown emails are keyed by a hash: the rate-limit keys in Redis do not list who tried. */
function accountKey(account: LoginAccount): string {
  if ('userId' in account) return `user:${account.userId}`;
  return `email:${createHash('sha256').update(account.normalisedEmail).digest('hex').slice(0, 32)}`;
}

/**
 * Sign-ins are counted per account and per address BEFORE the password is checked, each by one
 * atomic Redis script, so concurrent guesses cannot overtake the count: at most
 * LOGIN_LOCKOUT_FAILURES passwords are checked per account and per address in the window. A
 * success clears the account's count and gives its own attempt back to the address.
 */
@Injectable()
export class LoginLockout {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Throws LOGIN_LOCKED (the same answer whether or not the account exists) when spent. Without
   * an address (a signed-in person confirming their password), only the account's budget counts.
   */
  async attempt(account: LoginAccount, address: string | null): Promise<LoginAttempt> {
    const max = this.limiter.scaled(this.config.LOGIN_LOCKOUT_FAILURES);
    const windowMs = this.config.LOGIN_LOCKOUT_MINUTES * MINUTE;
    const forAccount: Limit = { key: `login-attempts:account:${accountKey(account)}`, max, windowMs };
    const forAddress: Limit | null =
      address === null ? null : { key: `login-attempts:ip:${address}`, max, windowMs };
    refuseIf(await this.limiter.hit(forAccount));
    const addressWait = forAddress ? await this.limiter.hit(forAddress) : undefined;
    if (addressWait !== undefined) await this.limiter.refund(forAccount);
    refuseIf(addressWait);
    return {
      succeeded: async () => {
        await Promise.all([
          this.limiter.forget(forAccount),
          forAddress ? this.limiter.refund(forAddress) : undefined,
        ]);
      },
    };
  }
}

function refuseIf(wait: Verdict): void {
  if (wait === undefined) return;
  throw new AppException(ApiErrorCode.RATE_LIMITED, LOGIN_LOCKED, {
    retryAfterSeconds: wait,
    params: { seconds: wait },
    reason: 'LOGIN_LOCKED',
  });
}
