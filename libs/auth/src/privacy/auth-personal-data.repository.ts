import { Injectable } from '@nestjs/common';
import { ContributesPersonalData, type PersonalDataContributor, type PersonalDataSubject } from '@app/common';
import type { Transaction } from '@app/database';

/** The statements on `users`, `invitations` and `password_resets` about one person ($1). */
export const AUTH_PERSONAL_DATA_SQL = {
  account: `SELECT id, email, name, role, locale, time_zone, association, company_id, created_at, updated_at
              FROM users WHERE id = $1`,
  invitations: `SELECT created_at, expires_at, used_at FROM invitations WHERE user_id = $1 ORDER BY created_at`,
  passwordResets: `SELECT created_at, expires_at, used_at FROM password_resets WHERE user_id = $1 ORDER BY created_at`,
  words: `SELECT name AS word FROM users WHERE id = $1 UNION SELECT email FROM users WHERE id = $1`,
  // The account row stays (others' meetings point at it) without anything that identifies the
  // person; sessions and the calendar link stop working.
  anonymise: `UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', name = '', password_hash = NULL,
                     token_version = token_version + 1, calendar_token = encode(gen_random_bytes(24), 'hex'),
                     deleted_at = now(), updated_at = now()
               WHERE id = $1`,
  deleteInvitations: `DELETE FROM invitations WHERE user_id = $1`,
  deletePasswordResets: `DELETE FROM password_resets WHERE user_id = $1`,
};

/** The account's part of a person's data: the account itself, invitations and password reset links. */
@Injectable()
@ContributesPersonalData('auth')
export class AuthPersonalDataRepository implements PersonalDataContributor {
  async export({ userId }: PersonalDataSubject, tx: Transaction): Promise<Record<string, unknown>> {
    const [account] = await tx.query(AUTH_PERSONAL_DATA_SQL.account, [userId]);
    return {
      account: account ?? null,
      invitations: await tx.query(AUTH_PERSONAL_DATA_SQL.invitations, [userId]),
      passwordResets: await tx.query(AUTH_PERSONAL_DATA_SQL.passwordResets, [userId]),
    };
  }

  async wordsOf({ userId }: PersonalDataSubject, tx: Transaction): Promise<string[]> {
    const rows: { word: string | null }[] = await tx.query(AUTH_PERSONAL_DATA_SQL.words, [userId]);
    return rows.flatMap((row) => (row.word ? [row.word] : []));
  }

  async erase({ userId }: PersonalDataSubject, _words: string[], tx: Transaction): Promise<void> {
    await tx.query(AUTH_PERSONAL_DATA_SQL.anonymise, [userId]);
    await tx.query(AUTH_PERSONAL_DATA_SQL.deleteInvitations, [userId]);
    await tx.query(AUTH_PERSONAL_DATA_SQL.deletePasswordResets, [userId]);
  }
}
