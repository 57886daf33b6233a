import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import { PERSONAL_DATA_SECTIONS } from './personal-data.sql.js';

/**
 * A person's data across every domain, for its export (the statements of personal-data.sql.ts)
 * and the erasure of their account. Privacy reads and writes other domains' tables here, in one
 * place, until each domain contributes its own part (docs/architecture.md).
 */
@Injectable()
export class PersonalDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each section's rows about the person. */
  async sections(userId: string): Promise<Record<string, unknown[]>> {
    const sections: Record<string, unknown[]> = {};
    for (const [section, sql] of Object.entries(PERSONAL_DATA_SECTIONS)) {
      sections[section] = await this.dataSource.query(sql, [userId]);
    }
    return sections;
  }

  /**
   * Anonymises the account (sessions and calendar link revoked) and removes what is only theirs:
   * invitations, password reset links, notifications, emails sent to them, availability; their
   * consents stay, unsigned.
   */
  async eraseAccount(userId: string, tx: Transaction): Promise<void> {
    await tx.query(
      `UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', name = '', password_hash = NULL,
              token_version = token_version + 1, calendar_token = encode(gen_random_bytes(24), 'hex'),
              deleted_at = now(), updated_at = now()
        WHERE id = $1`,
      [userId],
    );
    await tx.query(`DELETE FROM invitations WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM password_resets WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM sent_emails WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM availability_settings WHERE user_id = $1`, [userId]);
    await tx.query(`UPDATE consent_log SET user_id = NULL WHERE user_id = $1`, [userId]);
  }
}
