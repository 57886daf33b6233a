import { Injectable } from '@nestjs/common';
import {
  ContributesPersonalData,
  ERASED_TEXT,
  type PersonalDataContributor,
  type PersonalDataSubject,
} from '@app/common';
import type { Transaction } from '@app/database';

/** The statements on `notifications` and `sent_emails` about one person ($1) or their words. */
export const NOTIFICATIONS_PERSONAL_DATA_SQL = {
  notifications: `SELECT * FROM notifications WHERE user_id = $1 ORDER BY created_at`,
  emails: `SELECT to_address, kind, subject, status, created_at, sent_at FROM sent_emails
            WHERE user_id = $1 ORDER BY created_at`,
  deleteNotifications: `DELETE FROM notifications WHERE user_id = $1`,
  deleteEmails: `DELETE FROM sent_emails WHERE user_id = $1`,
  /**
   * Other people's notifications keep what happened, not the person's words ($1): a `person` that
   * is theirs becomes '' (rendered "Former participant"), and a note, reason or location they
   * wrote is dropped.
   */
  scrubNotifications: `UPDATE notifications n
          SET params = (
            SELECT coalesce(jsonb_object_agg(e.key,
                     CASE WHEN e.key = 'person' AND e.value #>> '{}' = ANY($1::text[]) THEN to_jsonb(''::text)
                          ELSE e.value END), '{}'::jsonb)
              FROM jsonb_each(n.params) e
             WHERE e.key = 'person' OR NOT (jsonb_typeof(e.value) = 'string' AND e.value #>> '{}' = ANY($1::text[])))
        WHERE EXISTS (SELECT 1 FROM jsonb_each_text(n.params) e WHERE e.value = ANY($1::text[]))`,
  /** Emails sent to others: one word ($1) replaced by ERASED_TEXT ($2). */
  scrubEmails: `UPDATE sent_emails SET subject = replace(subject, $1, $2), body = replace(body, $1, $2)
          WHERE strpos(subject, $1) > 0 OR strpos(body, $1) > 0`,
};

/**
 * The person's own notifications and emails (deleted on erasure), and the copies of their words
 * in the notifications and emails of others.
 */
@Injectable()
@ContributesPersonalData('notifications')
export class NotificationsPersonalDataRepository implements PersonalDataContributor {
  async export({ userId }: PersonalDataSubject, tx: Transaction): Promise<Record<string, unknown>> {
    return {
      notifications: await tx.query(NOTIFICATIONS_PERSONAL_DATA_SQL.notifications, [userId]),
      emails: await tx.query(NOTIFICATIONS_PERSONAL_DATA_SQL.emails, [userId]),
    };
  }

  async wordsOf(): Promise<string[]> {
    return [];
  }

  async erase({ userId }: PersonalDataSubject, words: string[], tx: Transaction): Promise<void> {
    await tx.query(NOTIFICATIONS_PERSONAL_DATA_SQL.deleteNotifications, [userId]);
    await tx.query(NOTIFICATIONS_PERSONAL_DATA_SQL.deleteEmails, [userId]);
    await tx.query(NOTIFICATIONS_PERSONAL_DATA_SQL.scrubNotifications, [words]);
    // Longest first: a name inside a longer text is replaced after the text that holds it.
    for (const word of words) {
      await tx.query(NOTIFICATIONS_PERSONAL_DATA_SQL.scrubEmails, [word, ERASED_TEXT]);
    }
  }
}
