import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { authError } from './auth.errors.js';
import { hashToken } from './invitations/invitation.service.js';

interface StoredToken {
  id: string;
  user_id: string;
  family_id: string;
  spent: boolean;
  expired: boolean;
}

/**
 * Refresh tokens with rotation: each one works once and hands out its successor. Presenting a
 * spent token means two parties hold the same session, so the whole family is revoked and both
 * must sign in again. A password change revokes every family of the person.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new token, in a new family (a sign-in) or in the family of the token it replaces. */
  async issue(userId: string, familyId: string = randomUUID(), manager?: EntityManager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [userId, familyId, hashToken(token), Math.round(this.config.REFRESH_TOKEN_DAYS * 86_400)],
    );
    return token;
  }

  /** Spends the token and returns its user with the successor token. */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const rows: StoredToken[] = await manager.query(
        `SELECT id, user_id, family_id, (used_at IS NOT NULL OR revoked_at IS NOT NULL) AS spent,
                expires_at < now() AS expired
           FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [hashToken(token)],
      );
      const stored = rows[0];
      if (!stored || stored.expired) return undefined;
      if (stored.spent) {
        // Committed before the error is raised: a replayed token must end the session for good.
        await this.revokeFamily(stored.family_id, manager);
        return undefined;
      }
      await manager.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [stored.id]);
      const live: unknown[] = await manager.query(
        `SELECT 1 FROM users WHERE id = $1 AND deleted_at IS NULL`,
        [stored.user_id],
      );
      if (live.length === 0) return undefined;
      return {
        userId: stored.user_id,
        refreshToken: await this.issue(stored.user_id, stored.family_id, manager),
      };
    });
    if (!outcome) throw authError('SESSION_ENDED');
    return outcome;
  }

  /** Signing out ends the session the token belongs to; an unknown token changes nothing. */
  async revokeSession(token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [hashToken(token)],
    );
  }

  async revokeAll(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  private async revokeFamily(familyId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }
}
