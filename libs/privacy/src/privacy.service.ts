import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@app/common';
import { NotificationBus } from '@app/notifications';
import { ErasureRepository } from './erasure.repository.js';
import { PERSONAL_DATA_SECTIONS } from './personal-data.sql.js';

/**
 * The rights of Québec's Law 25 and PIPEDA: a person sees everything held about them, and can
 * have their account erased. Erasure keeps the meetings they took part in (the other company's
 * history) with an anonymised participant, and removes every personal detail: their name, email
 * and the free texts they wrote, at the source and in the copies other people hold.
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly erasure: ErasureRepository,
    private readonly bus: NotificationBus,
  ) {}

  async export(viewer: Viewer): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = { exportedAt: new Date().toISOString() };
    for (const [section, sql] of Object.entries(PERSONAL_DATA_SECTIONS)) {
      const rows: unknown[] = await this.dataSource.query(sql, [viewer.userId]);
      data[section] =
        section === 'account' || section === 'company' || section === 'availability'
          ? (rows[0] ?? null)
          : rows;
    }
    return data;
  }

  async erase(viewer: Viewer): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const id = viewer.userId;
      const words = await this.erasure.wordsOf(manager, id);
      await manager.query(
        `UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', name = '', password_hash = NULL,
                token_version = token_version + 1, calendar_token = encode(gen_random_bytes(24), 'hex'),
                deleted_at = now(), updated_at = now()
          WHERE id = $1`,
        [id],
      );
      await manager.query(`DELETE FROM invitations WHERE user_id = $1`, [id]);
      await manager.query(`DELETE FROM password_resets WHERE user_id = $1`, [id]);
      await manager.query(`DELETE FROM notifications WHERE user_id = $1`, [id]);
      await manager.query(`DELETE FROM sent_emails WHERE user_id = $1`, [id]);
      await manager.query(`DELETE FROM availability_settings WHERE user_id = $1`, [id]);
      await manager.query(`UPDATE consent_log SET user_id = NULL WHERE user_id = $1`, [id]);
      await this.erasure.clearTexts(manager, id, words);
      await this.erasure.scrubNotifications(manager, words);
      await this.erasure.scrubCopies(manager, words);
    });
    await this.bus.publishSessionsEnded({ userId: viewer.userId, deleted: true });
    return true;
  }
}
