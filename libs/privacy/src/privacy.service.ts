import { Injectable } from '@nestjs/common';
import type { Viewer } from '@app/common';
import { UnitOfWork } from '@app/database';
import { NotificationBus } from '@app/notifications';
import { ErasureRepository } from './erasure.repository.js';
import { PersonalDataRepository } from './personal-data.repository.js';

/**
 * The rights of Québec's Law 25 and PIPEDA: a person sees everything held about them, and can
 * have their account erased. Erasure keeps the meetings they took part in (the other company's
 * history) with an anonymised participant, and removes every personal detail: their name, email
 * and the free texts they wrote, at the source and in the copies other people hold.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly personalData: PersonalDataRepository,
    private readonly erasure: ErasureRepository,
    private readonly bus: NotificationBus,
  ) {}

  async export(viewer: Viewer): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = { exportedAt: new Date().toISOString() };
    for (const [section, rows] of Object.entries(await this.personalData.sections(viewer.userId))) {
      data[section] =
        section === 'account' || section === 'company' || section === 'availability'
          ? (rows[0] ?? null)
          : rows;
    }
    return data;
  }

  async erase(viewer: Viewer): Promise<boolean> {
    await this.unitOfWork.run(async (tx) => {
      const id = viewer.userId;
      const words = await this.erasure.wordsOf(tx, id);
      await this.personalData.eraseAccount(id, tx);
      await this.erasure.clearTexts(tx, id, words);
      await this.erasure.scrubNotifications(tx, words);
      await this.erasure.scrubCopies(tx, words);
    });
    await this.bus.publishSessionsEnded({ userId: viewer.userId, deleted: true });
    return true;
  }
}
