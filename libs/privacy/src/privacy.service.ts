import { Injectable } from '@nestjs/common';
import type { PersonalDataSubject, Viewer } from '@app/common';
import { UnitOfWork } from '@app/database';
import { NotificationBus } from '@app/notifications';
import { PersonalDataContributors } from './personal-data-contributors.js';

/**
 * The rights of Québec's Law 25 and PIPEDA: a person sees everything held about them, and can
 * have their account erased. Erasure keeps the meetings they took part in (the other company's
 * history) with an anonymised participant, and removes every personal detail: their name, email
 * and the free texts they wrote, at the source and in the copies other people hold. Each domain
 * contributes its part over its own tables (`PersonalDataContributor`); privacy gathers them.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly contributors: PersonalDataContributors,
    private readonly bus: NotificationBus,
  ) {}

  /** One transaction, so that the sections agree with each other. */
  async export(viewer: Viewer): Promise<Record<string, unknown>> {
    const exportedAt = new Date().toISOString();
    const sections = await this.unitOfWork.run((tx) => this.contributors.export(subjectOf(viewer), tx));
    return { exportedAt, ...sections };
  }

  async erase(viewer: Viewer): Promise<boolean> {
    await this.unitOfWork.run((tx) => this.contributors.erase(subjectOf(viewer), tx));
    await this.bus.publishSessionsEnded({ userId: viewer.userId, deleted: true });
    return true;
  }
}

function subjectOf(viewer: Viewer): PersonalDataSubject {
  return { userId: viewer.userId, companyId: viewer.companyId };
}
