import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@app/database';
import { NotificationsService } from '@app/notifications';
import { JobHandler, JobName } from '@app/queue';
import { Clock } from '../clock.js';
import { MeetingsRepository } from '../meetings/meetings.repository.js';
import { MeetingNotifier } from '../notify/meeting-notifier.js';
import { MeetingPeople } from '../people/meeting-people.js';
import { MeetingReschedulesRepository } from '../reschedules/meeting-reschedules.repository.js';

const MINUTE = 60_000;

/**
 * Each reminder is due from `lead` before the start until `until` before it, and only for a
 * meeting that existed `lead` before its start (a meeting booked an hour ahead gets no "in 24
 * hours" reminder). A reminder is written once per kind, meeting, person and meeting time (its
 * dedupe key counts the times the meeting moved), however often the sweep runs.
 */
const REMINDERS = [
  { kind: 'MEETING_REMINDER_24H', leadMs: 24 * 60 * MINUTE, untilMs: 15 * MINUTE },
  { kind: 'MEETING_REMINDER_15M', leadMs: 15 * MINUTE, untilMs: 0 },
] as const;

@Injectable()
export class MeetingRemindersJob {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly meetingsRepository: MeetingsRepository,
    private readonly people: MeetingPeople,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly reschedules: MeetingReschedulesRepository,
  ) {}

  @JobHandler(JobName.SEND_MEETING_REMINDERS)
  async remind(): Promise<{ meetings: number }> {
    const now = this.clock.now();
    let meetings = 0;
    for (const { kind, leadMs, untilMs } of REMINDERS) {
      const keys = await this.meetingsRepository.reminderKeys(
        kind,
        new Date(now.getTime() + untilMs),
        new Date(now.getTime() + leadMs),
        leadMs / 1000,
      );
      const written = await this.notifications.written(keys.map((k) => k.dedupe_key));
      const due = await this.meetingsRepository.scheduledAmong([
        ...new Set(keys.filter((k) => !written.has(k.dedupe_key)).map((k) => k.meeting_id)),
      ]);
      for (const meeting of due) {
        const pending = await this.unitOfWork.run(async (manager) => {
          const seats = await this.meetingsRepository.activeSeatsOf(meeting.id, manager);
          const names = await this.people.companyNames(
            seats.map((s) => s.companyId),
            manager,
          );
          const moves = await this.reschedules.movesOf(meeting.id, manager);
          return this.notifier.reminder(manager, kind, meeting, seats, names, moves);
        });
        await this.notifications.deliver(pending);
      }
      meetings += due.length;
    }
    return { meetings };
  }
}
