import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Every query of the follow-up: missions due, and the hashed one-click links. */
@Injectable()
export class MissionFollowUpRepository {
  /** Missions over since `endedBefore` whose follow-up is not sent; rows another worker holds are skipped. */
  async lockDue(manager: EntityManager, endedBefore: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM trade_missions
        WHERE follow_up_sent_at IS NULL AND status NOT IN ('DRAFT', 'CANCELLED') AND ends_at <= $1
        ORDER BY ends_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [endedBefore, limit],
    );
    return rows.map((r) => r.id);
  }

  async markSent(manager: EntityManager, missionId: string, at: Date): Promise<void> {
    await manager.query(`UPDATE trade_missions SET follow_up_sent_at = $2 WHERE id = $1`, [missionId, at]);
  }

  async insertLink(
    manager: EntityManager,
    link: { tokenHash: string; missionId: string; meetingId: string; companyId: string; expiresAt: Date },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO mission_follow_up_links (token_hash, mission_id, meeting_id, company_id, expires_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING token_hash`,
      [link.tokenHash, link.missionId, link.meetingId, link.companyId, link.expiresAt],
    );
    return rows.length > 0;
  }

  /** Uses a link once: null when it is unknown, used or expired. */
  async consume(
    manager: EntityManager,
    tokenHash: string,
    now: Date,
  ): Promise<{ meetingId: string; companyId: string } | null> {
    const [rows]: [{ meeting_id: string; company_id: string }[], number] = await manager.query(
      `UPDATE mission_follow_up_links SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING meeting_id, company_id`,
      [tokenHash, now],
    );
    return rows[0] ? { meetingId: rows[0].meeting_id, companyId: rows[0].company_id } : null;
  }
}
