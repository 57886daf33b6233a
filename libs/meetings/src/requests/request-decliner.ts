import { Injectable } from '@nestjs/common';
import { CompaniesService } from '@app/companies';
import type { Transaction } from '@app/database';
import { PairFitService } from '@app/matching';
import type { PendingNotifications } from '@app/notifications';
import { MeetingNotifier, type RequestStory } from '../notify/meeting-notifier.js';
import { MeetingRequestRepository } from './meeting-request.repository.js';

/** Better-suited companies a declined requester is shown. */
const BETTER_SHOWN = 3;

/** Who declined, when, and the reason the requesters read. */
export interface DeclineAnswer {
  reason: string | null;
  by: string;
  at: Date;
}

/**
 * Declining, whether one request (`respondToMeetingRequest`) or many at once
 * (`declineMeetingRequests`): each requester is told in their own language, with a few
 * better-suited companies of the receiver's province from their own feed, so a "no" still moves
 * them on.
 */
@Injectable()
export class RequestDecliner {
  constructor(
    private readonly repository: MeetingRequestRepository,
    private readonly companies: CompaniesService,
    private readonly pairFits: PairFitService,
    private readonly notifier: MeetingNotifier,
  ) {}

  /**
   * Declines requests the caller locked and found pending, all addressed to `receiverId`, and
   * records each requester's notice (delivered by the caller after the commit).
   */
  async decline(
    manager: Transaction,
    receiverId: string,
    stories: RequestStory[],
    answer: DeclineAnswer,
  ): Promise<PendingNotifications[]> {
    const [receiver] = await this.companies.findByIds([receiverId]);
    const better = new Map<string, string[]>();
    const told: PendingNotifications[] = [];
    for (const story of stories) {
      const { request } = story;
      Object.assign(request, {
        status: 'DECLINED',
        responseReason: answer.reason,
        respondedBy: answer.by,
        respondedAt: answer.at,
        updatedAt: answer.at,
      });
      await this.repository.save(request, manager);
      // One look-up per requesting company, however many of its requests are declined.
      if (!better.has(request.fromCompanyId)) {
        const partners = receiver
          ? await this.pairFits.betterPartners(request.fromCompanyId, receiver, BETTER_SHOWN)
          : [];
        better.set(
          request.fromCompanyId,
          partners.map((p) => p.name),
        );
      }
      told.push(await this.notifier.requestDeclined(manager, story, better.get(request.fromCompanyId)));
    }
    return told;
  }
}
