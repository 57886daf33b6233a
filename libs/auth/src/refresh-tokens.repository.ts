import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { RefreshTokenRow } from './sessions.tables.js';

export type StoredRefreshToken = Pick<RefreshTokenRow, 'id' | 'user_id' | 'family_id'> & {
  spent: boolean;
  expired: boolean;
};

/** Every query on `refresh_tokens`; tokens are found by the hash of their secret only. */
@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    token: { userId: string; familyId: string; tokenHash: string; seconds: number },
    tx?: Transaction,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [token.userId, token.familyId, token.tokenHash, token.seconds],
    );
  }

  /** Locked until the transaction ends, so that two presentations of one token are serialised. */
  async lockByHash(tokenHash: string, tx: Transaction): Promise<StoredRefreshToken | undefined> {
    const rows: StoredRefreshToken[] = await tx.query(
      `SELECT id, user_id, family_id, (used_at IS NOT NULL OR revoked_at IS NOT NULL) AS spent,
              expires_at < now() AS expired
         FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return rows[0];
  }

  async markUsed(id: string, tx: Transaction): Promise<void> {
    await tx.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [id]);
  }

  async revokeFamily(familyId: string, tx?: Transaction): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }

  /** The whole family of the token with this hash; an unknown hash changes nothing. */
  async revokeFamilyOfHash(tokenHash: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [tokenHash],
    );
  }

  async revokeAllOfUser(userId: string, tx?: Transaction): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }
}
