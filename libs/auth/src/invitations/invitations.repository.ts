import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/database';
import type { InvitationRow } from '../sessions.tables.js';

export type OpenInvitation = Pick<InvitationRow, 'id' | 'user_id'> & { expired: boolean };

/** Every query on `invitations`; always inside the caller's transaction (see UnitOfWork). */
@Injectable()
export class InvitationsRepository {
  async insert(
    invitation: { userId: string; tokenHash: string; invitedBy: string | null; days: number },
    tx: Transaction,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO invitations (user_id, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [invitation.userId, invitation.tokenHash, invitation.invitedBy, invitation.days],
    );
  }

  /** An unused invitation, locked so that its token works only once. */
  async lockUnusedByHash(tokenHash: string, tx: Transaction): Promise<OpenInvitation | undefined> {
    const rows: OpenInvitation[] = await tx.query(
      `SELECT id, user_id, expires_at < now() AS expired FROM invitations
        WHERE token_hash = $1 AND used_at IS NULL FOR UPDATE`,
      [tokenHash],
    );
    return rows[0];
  }

  async markUsed(id: string, tx: Transaction): Promise<void> {
    await tx.query(`UPDATE invitations SET used_at = now() WHERE id = $1`, [id]);
  }
}
