import { Injectable } from '@nestjs/common';
import {
  AppException,
  COMMON_MESSAGES,
  FieldProblems,
  type LocalizedText,
  type Viewer,
  isUuid,
} from '@app/common';
import { UnitOfWork } from '@app/database';
import { Clock } from '../clock.js';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { meetingError, MEETING_REQUEST_THING } from '../meetings.errors.js';
import { MeetingPeople } from '../people/meeting-people.js';
import { MeetingRequestRepository } from './meeting-request.repository.js';
import { MAX_REASON } from './meeting-requests.service.js';
import { MeetingAftermath } from '../notify/meeting-aftermath.js';
import type { RequestStory } from '../notify/meeting-notifier.js';
import { RequestDecliner } from './request-decliner.js';
import { assertPending, storyOf } from './request-story.js';

/** At most this many requests declined at once (a page of the inbox). */
export const MAX_DECLINED_AT_ONCE = 100;

const TOO_MANY: LocalizedText = {
  fr: 'doit compter au plus {max} demandes.',
  en: 'must have at most {max} requests.',
};

/**
 * Declines many received requests at once with one reason: all of them or none (each must be
 * pending and addressed to the person's company). Each requester is told as for one decline
 * (`RequestDecliner`).
 */
@Injectable()
export class BulkDeclineService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: MeetingPeople,
    private readonly repository: MeetingRequestRepository,
    private readonly decliner: RequestDecliner,
    private readonly aftermath: MeetingAftermath,
    private readonly clock: Clock,
  ) {}

  async decline(viewer: Viewer, ids: string[], reason?: string | null): Promise<MeetingRequestEntity[]> {
    const own = viewer.companyId;
    if (!own) throw meetingError('NO_COMPANY');
    const cleanReason = reason?.trim() || null;
    const problems = new FieldProblems();
    if (ids.length === 0) problems.add('ids', COMMON_MESSAGES.required);
    if (ids.length > MAX_DECLINED_AT_ONCE) problems.add('ids', TOO_MANY, { max: MAX_DECLINED_AT_ONCE });
    ids.forEach((id, i) => {
      if (!isUuid(id)) problems.add(`ids[${i}]`, COMMON_MESSAGES.invalidId);
    });
    if (cleanReason && cleanReason.length > MAX_REASON)
      problems.add('reason', COMMON_MESSAGES.tooLong, { max: MAX_REASON });
    problems.throwIfAny();
    const unique = [...new Set(ids)];
    const now = this.clock.now();

    const { declined, pending } = await this.unitOfWork.run(async (manager) => {
      const locked = await this.repository.lockMany(manager, unique);
      if (locked.length !== unique.length) throw AppException.notFound(MEETING_REQUEST_THING);
      if (locked.some((r) => r.toCompanyId !== own)) throw meetingError('NOT_ALL_RECEIVED');
      for (const request of locked) assertPending(request, now);
      const stories: RequestStory[] = [];
      for (const request of locked) stories.push(await storyOf(this.people, manager, request));
      const told = await this.decliner.decline(manager, own, stories, {
        reason: cleanReason,
        by: viewer.userId,
        at: now,
      });
      return { declined: locked, pending: told };
    });
    await this.aftermath.settle({
      notices: pending,
      readBy: { userId: viewer.userId, about: { meetingRequestIds: unique } },
      actingCompanyId: own,
    });
    const byId = new Map(declined.map((r) => [r.id, r]));
    return unique.map((id) => byId.get(id)!);
  }
}
