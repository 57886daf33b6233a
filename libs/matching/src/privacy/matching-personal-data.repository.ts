import { Injectable } from '@nestjs/common';
import { ContributesPersonalData, type PersonalDataContributor, type PersonalDataSubject } from '@app/common';
import type { Transaction } from '@app/database';

/** The statements on `suggestion_dismissals` and `match_curations` about one person ($1). */
export const MATCHING_PERSONAL_DATA_SQL = {
  suggestionsDismissed: `SELECT partner_id, reason, dismissed_at FROM suggestion_dismissals WHERE dismissed_by = $1`,
  texts: `SELECT reason AS word FROM suggestion_dismissals WHERE dismissed_by = $1
          UNION SELECT note FROM match_curations WHERE curated_by = $1`,
  clearDismissalReasons: `UPDATE suggestion_dismissals SET reason = NULL WHERE dismissed_by = $1`,
  clearCurationNotes: `UPDATE match_curations SET note = NULL WHERE curated_by = $1`,
};

/** Matching's part: the suggestions the person dismissed (with their reasons) and the notes they wrote as staff curating matches. */
@Injectable()
@ContributesPersonalData('matching')
export class MatchingPersonalDataRepository implements PersonalDataContributor {
  async export({ userId }: PersonalDataSubject, tx: Transaction): Promise<Record<string, unknown>> {
    return {
      suggestionsDismissed: await tx.query(MATCHING_PERSONAL_DATA_SQL.suggestionsDismissed, [userId]),
    };
  }

  async wordsOf({ userId }: PersonalDataSubject, tx: Transaction): Promise<string[]> {
    const rows: { word: string | null }[] = await tx.query(MATCHING_PERSONAL_DATA_SQL.texts, [userId]);
    return rows.flatMap((row) => (row.word ? [row.word] : []));
  }

  async erase({ userId }: PersonalDataSubject, _words: string[], tx: Transaction): Promise<void> {
    await tx.query(MATCHING_PERSONAL_DATA_SQL.clearDismissalReasons, [userId]);
    await tx.query(MATCHING_PERSONAL_DATA_SQL.clearCurationNotes, [userId]);
  }
}
