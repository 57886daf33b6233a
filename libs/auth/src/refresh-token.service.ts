import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork, type Transaction } from '@app/database';
import { authError } from './auth.errors.js';
import { hashToken } from './invitations/invitation.service.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { UsersRepository } from './users.repository.js';

/**
 * Refresh tokens with rotation: each one works once and hands out its successor. Presenting a
 * spent token means two parties hold the same session, so the whole family is revoked and both
 * must sign in again. A password change revokes every family of the person.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly users: UsersRepository,
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new token, in a new family (a sign-in) or in the family of the token it replaces. */
  async issue(userId: string, familyId: string = randomUUID(), tx?: Transaction): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const seconds = Math.round(this.config.REFRESH_TOKEN_DAYS * 86_400);
    await this.refreshTokens.insert({ userId, familyId, tokenHash: hashToken(token), seconds }, tx);
    return token;
  }

  /** Spends the token and returns its user with the successor token. */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    const outcome = await this.unitOfWork.run(async (tx) => {
      const stored = await this.refreshTokens.lockByHash(hashToken(token), tx);
      if (!stored || stored.expired) return undefined;
      if (stored.spent) {
        // Committed before the error is raised: a replayed token must end the session for good.
        await this.refreshTokens.revokeFamily(stored.family_id, tx);
        return undefined;
      }
      await this.refreshTokens.markUsed(stored.id, tx);
      if (!(await this.users.isLive(stored.user_id, tx))) return undefined;
      return {
        userId: stored.user_id,
        refreshToken: await this.issue(stored.user_id, stored.family_id, tx),
      };
    });
    if (!outcome) throw authError('SESSION_ENDED');
    return outcome;
  }

  /** Signing out ends the session the token belongs to; an unknown token changes nothing. */
  async revokeSession(token: string): Promise<void> {
    await this.refreshTokens.revokeFamilyOfHash(hashToken(token));
  }

  async revokeAll(userId: string, tx?: Transaction): Promise<void> {
    await this.refreshTokens.revokeAllOfUser(userId, tx);
  }
}
