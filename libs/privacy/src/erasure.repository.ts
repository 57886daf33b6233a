import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/database';

/** What stands in for erased words in copies kept for others (emails already sent, the audit log). */
export const ERASED_TEXT = '[erased]';

/**
 * Every free text a person wrote, wherever it was written: the source columns are cleared, and
 * the copies other people hold (their notifications, the emails sent to them, the audit log) lose
 * those words and the person's name and email.
 */
@Injectable()
export class ErasureRepository {
  /** The person's name, email and every text they wrote, longest first, read before erasing them. */
  async wordsOf(manager: Transaction, userId: string): Promise<string[]> {
    const rows: { word: string | null }[] = await manager.query(
      `SELECT name AS word FROM users WHERE id = $1
       UNION SELECT email FROM users WHERE id = $1
       UNION SELECT message FROM meeting_requests WHERE requester_id = $1
       UNION SELECT location FROM meeting_requests WHERE requester_id = $1
       UNION SELECT response_reason FROM meeting_requests
              WHERE responded_by = $1 OR (requester_id = $1 AND status = 'CANCELLED')
       UNION SELECT cancel_reason FROM meetings WHERE cancelled_by = $1
       UNION SELECT message FROM meeting_reschedules WHERE proposed_by = $1
       UNION SELECT m.location FROM meetings m LEFT JOIN events e ON e.id = m.event_id
              WHERE m.created_by = $1 AND m.location IS DISTINCT FROM e.venue
       UNION SELECT note FROM meeting_outcomes WHERE recorded_by = $1
       UNION SELECT reason FROM suggestion_dismissals WHERE dismissed_by = $1
       UNION SELECT note FROM match_curations WHERE curated_by = $1`,
      [userId],
    );
    return rows
      .map((r) => r.word?.trim() ?? '')
      .filter((word) => word.length > 0)
      .sort((a, b) => b.length - a.length);
  }

  /** Clears the texts at their source; meetings and requests themselves stay (the other side's history). */
  async clearTexts(manager: Transaction, userId: string, words: string[]): Promise<void> {
    await manager.query(
      `UPDATE meeting_requests SET message = NULL, location = NULL WHERE requester_id = $1`,
      [userId],
    );
    await manager.query(
      `UPDATE meeting_requests SET response_reason = NULL
        WHERE responded_by = $1 OR (requester_id = $1 AND status = 'CANCELLED')`,
      [userId],
    );
    await manager.query(`UPDATE meetings SET cancel_reason = NULL WHERE cancelled_by = $1`, [userId]);
    await manager.query(`UPDATE meeting_reschedules SET message = NULL WHERE proposed_by = $1`, [userId]);
    await manager.query(`UPDATE meetings SET location = NULL WHERE location = ANY($1::text[])`, [words]);
    await manager.query(`UPDATE meeting_outcomes SET note = NULL WHERE recorded_by = $1`, [userId]);
    await manager.query(`UPDATE suggestion_dismissals SET reason = NULL WHERE dismissed_by = $1`, [userId]);
    await manager.query(`UPDATE match_curations SET note = NULL WHERE curated_by = $1`, [userId]);
  }

  /**
   * Other people's notifications keep what happened, not the person's words: a `person` that is
   * theirs becomes '' (rendered "Former participant"), and a note, reason or location they wrote
   * is dropped.
   */
  async scrubNotifications(manager: Transaction, words: string[]): Promise<void> {
    await manager.query(
      `UPDATE notifications n
          SET params = (
            SELECT coalesce(jsonb_object_agg(e.key,
                     CASE WHEN e.key = 'person' AND e.value #>> '{}' = ANY($1::text[]) THEN to_jsonb(''::text)
                          ELSE e.value END), '{}'::jsonb)
              FROM jsonb_each(n.params) e
             WHERE e.key = 'person' OR NOT (jsonb_typeof(e.value) = 'string' AND e.value #>> '{}' = ANY($1::text[])))
        WHERE EXISTS (SELECT 1 FROM jsonb_each_text(n.params) e WHERE e.value = ANY($1::text[]))`,
      [words],
    );
  }

  /** Emails sent to others and the staff audit log: each of the words replaced by ERASED_TEXT. */
  async scrubCopies(manager: Transaction, words: string[]): Promise<void> {
    for (const word of words) {
      await manager.query(
        `UPDATE sent_emails SET subject = replace(subject, $1, $2), body = replace(body, $1, $2)
          WHERE strpos(subject, $1) > 0 OR strpos(body, $1) > 0`,
        [word, ERASED_TEXT],
      );
      // Audit details are flat: only their string values are rewritten, so the JSON stays whole.
      await manager.query(
        `UPDATE staff_audit_log a
            SET details = (
              SELECT jsonb_object_agg(e.key,
                       CASE WHEN jsonb_typeof(e.value) = 'string' THEN to_jsonb(replace(e.value #>> '{}', $1, $2))
                            ELSE e.value END)
                FROM jsonb_each(a.details) e)
          WHERE strpos(a.details::text, $1) > 0 AND jsonb_typeof(a.details) = 'object'`,
        [word, ERASED_TEXT],
      );
    }
  }
}
