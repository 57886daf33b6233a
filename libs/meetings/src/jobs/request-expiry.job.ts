import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@app/database';
import { NotificationsService, type PendingNotifications } from '@app/notifications';
import { JobHandler, JobName } from '@app/queue';
import { Clock } from '../clock.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { MeetingPeople } from '../people/meeting-people.js';
import { MeetingRequestRepository } from '../requests/meeting-request.repository.js';
import { storyOf } from '../requests/request-story.js';

const BATCH = 200;

/**
 * Pending requests expire 14 days after they were sent; both sides are told. Batches skip rows
 * another worker holds, so two workers sweeping at once never expire (or notify) one twice.
 */
@Injectable()
export class RequestExpiryJob {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly requests: MeetingRequestRepository,
    private readonly people: MeetingPeople,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  @JobHandler(JobName.EXPIRE_MEETING_REQUESTS)
  async expire(): Promise<{ expired: number }> {
    const now = this.clock.now();
    let expired = 0;
    for (;;) {
      const { count, pending } = await this.unitOfWork.run(async (manager) => {
        const ids = await this.requests.expireDue(now, BATCH, manager);
        const requests = await this.requests.findByIds(ids, manager);
        const told: PendingNotifications[] = [];
        for (const request of requests)
          told.push(
            await this.notifier.requestExpired(manager, await storyOf(this.people, manager, request)),
          );
        return { count: ids.length, pending: told };
      });
      for (const told of pending) await this.notifications.deliver(told);
      expired += count;
      if (count < BATCH) return { expired };
    }
  }
}
