import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { NotificationsService, type PendingNotifications } from '@app/notifications';
import { JobHandler, JobName } from '@app/queue';
import { Clock } from '../clock.js';
import { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { storyOf } from '../requests/request-story.js';

const BATCH = 200;

/**
 * Pending requests expire 14 days after they were sent; both sides are told. Batches skip rows
 * another worker holds, so two workers sweeping at once never expire (or notify) one twice.
 */
@Injectable()
export class RequestExpiryJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  @JobHandler(JobName.EXPIRE_MEETING_REQUESTS)
  async expire(): Promise<{ expired: number }> {
    const now = this.clock.now();
    let expired = 0;
    for (;;) {
      const { count, pending } = await this.dataSource.transaction(async (manager) => {
        const [rows]: [{ id: string }[], number] = await manager.query(
          `UPDATE meeting_requests SET status = 'EXPIRED', updated_at = $1
            WHERE id IN (SELECT id FROM meeting_requests WHERE status = 'PENDING' AND expires_at <= $1
                          ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
           RETURNING id`,
          [now, BATCH],
        );
        const requests = await manager.find(MeetingRequestEntity, {
          where: { id: In(rows.map((r) => r.id)) },
        });
        const told: PendingNotifications[] = [];
        for (const request of requests)
          told.push(await this.notifier.requestExpired(manager, await storyOf(manager, request)));
        return { count: rows.length, pending: told };
      });
      for (const told of pending) await this.notifications.deliver(told);
      expired += count;
      if (count < BATCH) return { expired };
    }
  }
}
