import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/database';
import type { PasswordResetRow } from '../sessions.tables.js';

/** Why a link did not work, for a message the person can act on. */
export type SpentReset = Pick<PasswordResetRow, 'user_id'> & { expired: boolean; used: boolean };

/** Every query on `password_resets`; links are found by the hash of their token only. */
@Injectable()
export class PasswordResetsRepository {
  /** A new link replaces the person's earlier ones that were not used. */
  async replace(
    reset: { userId: string; tokenHash: string; minutes: number },
    tx: Transaction,
  ): Promise<void> {
    await tx.query(`DELETE FROM password_resets WHERE user_id = $1 AND used_at IS NULL`, [reset.userId]);
    await tx.query(
      `INSERT INTO password_resets (user_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [reset.userId, reset.tokenHash, reset.minutes],
    );
  }

  /**
   * Spends the link and returns its person: one statement, so of two concurrent uses exactly one
   * gets the row; an expired or spent link returns nothing.
   */
  async redeem(tokenHash: string, tx: Transaction): Promise<string | undefined> {
    // TypeORM answers an UPDATE with [returned rows, affected count].
    const [rows]: [Pick<PasswordResetRow, 'user_id'>[], number] = await tx.query(
      `UPDATE password_resets SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [tokenHash],
    );
    return rows[0]?.user_id;
  }

  /** What became of a link that could not be redeemed (undefined: there never was one). */
  async whyNot(tokenHash: string, tx: Transaction): Promise<SpentReset | undefined> {
    const rows: SpentReset[] = await tx.query(
      `SELECT user_id, expires_at <= now() AS expired, used_at IS NOT NULL AS used
         FROM password_resets WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0];
  }

  /** Once the password is set, the person's other links stop working. */
  async deleteUnusedOfUser(userId: string, tx: Transaction): Promise<void> {
    await tx.query(`DELETE FROM password_resets WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }
}
