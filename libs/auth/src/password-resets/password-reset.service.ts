import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { AppException, FieldProblems, translate } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork } from '@app/database';
import { EmailOutbox, NotificationBus } from '@app/notifications';
import { RateLimiter, type Limit } from '@app/rate-limit';
import { authError, PASSWORD_RESETS_LIMITED, PASSWORD_TOO_WEAK } from '../auth.errors.js';
import { hashToken } from '../invitations/invitation.service.js';
import { isAcceptablePassword } from '../password-rule.js';
import { UsersService } from '../users.service.js';
import { PASSWORD_RESET_EMAIL } from './password-reset.messages.js';
import { PasswordResetsRepository } from './password-resets.repository.js';

/** How long a reset link works. */
export const PASSWORD_RESET_MINUTES = 60;
const HOUR = 3_600_000;

/**
 * "Forgot my password": a link sent by email that works once, for an hour. The token exists in
 * clear only in the delivered email (stored as a hash, withheld from `sent_emails` and the logs).
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: EmailOutbox,
    private readonly resets: PasswordResetsRepository,
    private readonly users: UsersService,
    private readonly unitOfWork: UnitOfWork,
    private readonly limiter: RateLimiter,
    private readonly bus: NotificationBus,
  ) {}

  /**
   * The same answer, after the same lookups, whether or not the address has an account: the
   * budgets are counted for the address as typed (normalised and hashed) and for the network.
   */
  async request(email: string, address: string): Promise<void> {
    const normalised = await this.users.normalisedEmail(email);
    const emailKey = createHash('sha256').update(normalised).digest('hex').slice(0, 32);
    const max = this.limiter.scaled(this.config.RATE_LIMIT_PASSWORD_RESETS_PER_HOUR);
    await this.spend({ key: `password-reset:email:${emailKey}`, max, windowMs: HOUR });
    await this.spend({ key: `password-reset:ip:${address}`, max: max * 4, windowMs: HOUR });
    const token = randomBytes(32).toString('base64url');
    const user = await this.users.findByEmail(email);
    if (!user || user.deletedAt) return;
    const params = {
      name: user.name,
      link: `${this.config.PUBLIC_URL}/reset-password?token=${token}`,
    };
    const emailId = await this.unitOfWork.run(async (tx) => {
      await this.resets.replace(
        { userId: user.id, tokenHash: hashToken(token), minutes: PASSWORD_RESET_MINUTES },
        tx,
      );
      return this.outbox.record(
        {
          to: user.email,
          userId: user.id,
          kind: 'password-reset',
          subject: translate(PASSWORD_RESET_EMAIL.subject, user.locale, params),
          body: translate(PASSWORD_RESET_EMAIL.body, user.locale, params),
          secrets: { link: params.link },
        },
        tx,
      );
    });
    await this.outbox.dispatch([emailId]);
  }

  /**
   * Sets the password from a link's token and returns the person. Every session they had ends
   * (the new password revokes every token issued before it) and their live sockets close.
   */
  async reset(token: string, password: string): Promise<string> {
    const problems = new FieldProblems();
    if (!isAcceptablePassword(password)) problems.add('password', PASSWORD_TOO_WEAK);
    problems.throwIfAny();
    const tokenHash = hashToken(token);
    const userId = await this.unitOfWork.run(async (tx) => {
      const id = await this.resets.redeem(tokenHash, tx);
      if (!id) return undefined;
      await this.users.setPassword(id, password, tx);
      await this.resets.deleteUnusedOfUser(id, tx);
      return id;
    });
    if (!userId) {
      const spent = await this.unitOfWork.run((tx) => this.resets.whyNot(tokenHash, tx));
      throw authError(spent?.expired && !spent.used ? 'RESET_LINK_EXPIRED' : 'RESET_LINK_INVALID');
    }
    await this.bus.publishSessionsEnded({ userId, deleted: false });
    return userId;
  }

  private async spend(limit: Limit): Promise<void> {
    const wait = await this.limiter.hit(limit);
    if (wait !== undefined) throw AppException.rateLimited(wait, PASSWORD_RESETS_LIMITED);
  }
}
