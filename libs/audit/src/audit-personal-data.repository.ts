import { Injectable } from '@nestjs/common';
import { ContributesPersonalData, ERASED_TEXT, type PersonalDataContributor } from '@app/common';
import type { Transaction } from '@app/database';

/** Replaces one word ($1) by ERASED_TEXT ($2) in the string values of audit details. */
export const SCRUB_AUDIT_SQL = `UPDATE staff_audit_log a
            SET details = (
              SELECT jsonb_object_agg(e.key,
                       CASE WHEN jsonb_typeof(e.value) = 'string' THEN to_jsonb(replace(e.value #>> '{}', $1, $2))
                            ELSE e.value END)
                FROM jsonb_each(a.details) e)
          WHERE strpos(a.details::text, $1) > 0 AND jsonb_typeof(a.details) = 'object'`;

/**
 * The staff audit log keeps every action, but not the words of an erased person: its entries are
 * not exported (they are staff's record, not the person's data).
 */
@Injectable()
@ContributesPersonalData('audit')
export class AuditPersonalDataRepository implements PersonalDataContributor {
  async export(): Promise<Record<string, unknown>> {
    return {};
  }

  async wordsOf(): Promise<string[]> {
    return [];
  }

  async erase(_subject: unknown, words: string[], tx: Transaction): Promise<void> {
    // Audit details are flat: only their string values are rewritten, so the JSON stays whole.
    for (const word of words) await tx.query(SCRUB_AUDIT_SQL, [word, ERASED_TEXT]);
  }
}
