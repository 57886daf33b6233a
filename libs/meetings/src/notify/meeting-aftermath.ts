import { Injectable } from '@nestjs/common';
import { RetrainingQueue } from '@app/matching';
import { NotificationsService, type PendingNotifications } from '@app/notifications';

export interface CommittedChange {
  /** What the change recorded for others to read, sent now that it can no longer roll back. */
  notices?: readonly PendingNotifications[];
  /** The person who acted and what they acted on: what told them about it is read now. */
  readBy?: {
    userId: string;
    about: { meetingRequestIds?: readonly string[]; meetingIds?: readonly string[] };
  };
  /**
   * The company whose act says what it wants of a partner (it sent or answered a request, or
   * judged a meeting): matching learns from it and rescores that company's feed.
   */
  actingCompanyId?: string;
}

/** What follows a committed change to requests and meetings. */
@Injectable()
export class MeetingAftermath {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly retraining: RetrainingQueue,
  ) {}

  async settle(change: CommittedChange): Promise<void> {
    for (const notice of change.notices ?? []) await this.notifications.deliver(notice);
    if (change.readBy) await this.notifications.markReadAbout(change.readBy.userId, change.readBy.about);
    if (change.actingCompanyId) await this.retraining.companyActed(change.actingCompanyId);
  }
}
