import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationsService } from '@app/notifications';
import { JobHandler, JobName } from '@app/queue';
import { Clock } from '../clock.js';
import { MeetingEntity } from '../entities/meeting.entity.js';
import { MeetingParticipantEntity } from '../entities/meeting-participant.entity.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';

const MINUTE = 60_000;

/**
 * Each reminder is due from `lead` before the start until `until` before it, and only for a
 * meeting that existed `lead` before its start (a meeting booked an hour ahead gets no "in 24
 * hours" reminder). A reminder is written once per kind, meeting and person (its dedupe key),
 * however often the sweep runs.
 */
const REMINDERS = [
  { kind: 'MEETING_REMINDER_24H', leadMs: 24 * 60 * MINUTE, untilMs: 15 * MINUTE },
  { kind: 'MEETING_REMINDER_15M', leadMs: 15 * MINUTE, untilMs: 0 },
] as const;

@Injectable()
export class MeetingRemindersJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  @JobHandler(JobName.SEND_MEETING_REMINDERS)
  async remind(): Promise<{ meetings: number }> {
    const now = this.clock.now();
    let meetings = 0;
    for (const { kind, leadMs, untilMs } of REMINDERS) {
      const due = await this.dataSource
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        .where(`m.status = 'SCHEDULED'`)
        .andWhere('m.starts_at > :from AND m.starts_at <= :to', {
          from: new Date(now.getTime() + untilMs),
          to: new Date(now.getTime() + leadMs),
        })
        .andWhere(`m.created_at <= m.starts_at - CAST(:lead AS interval)`, {
          lead: `${leadMs / 1000} seconds`,
        })
        .andWhere(
          `EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.active
                     AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.dedupe_key = :kind || ':' || m.id || ':' || p.user_id))`,
          { kind },
        )
        .orderBy('m.starts_at')
        .getMany();
      for (const meeting of due) {
        const pending = await this.dataSource.transaction(async (manager) => {
          const seats = await manager.find(MeetingParticipantEntity, {
            where: { meetingId: meeting.id, active: true },
          });
          const names: { id: string; name: string }[] = await manager.query(
            `SELECT id, name FROM companies WHERE id = ANY($1::uuid[])`,
            [seats.map((s) => s.companyId)],
          );
          return this.notifier.reminder(
            manager,
            kind,
            meeting,
            seats,
            new Map(names.map((c) => [c.id, c.name])),
          );
        });
        await this.notifications.deliver(pending);
      }
      meetings += due.length;
    }
    return { meetings };
  }
}
