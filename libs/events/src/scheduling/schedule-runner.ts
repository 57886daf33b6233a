import { Injectable, Logger } from '@nestjs/common';
import { AppException } from '@app/common';
import { UnitOfWork, type Transaction } from '@app/database';
import { solveSchedule, validateInstance } from '@app/meeting-scheduler';
import { EventMeetingsRepository, MeetingNotifier, MeetingWriter } from '@app/meetings';
import { NotificationsService, type PendingNotifications } from '@app/notifications';
import { EventPeople } from '../event-people.js';
import { eventsError } from '../events.errors.js';
import { EventsService } from '../events.service.js';
import { ScheduleDataLoader, type ScheduleData } from './schedule-data.js';
import { buildInstance, readResult } from './schedule-instance.js';
import type { StoredScheduleResult } from './schedule-run.types.js';
import { ScheduleRunsRepository } from './schedule-runs.repository.js';

/**
 * Runs the partnering-meeting scheduler on an event, in the worker. The event row stays locked
 * from reading the requests to writing the meetings, so two runs never publish over each other;
 * publishing creates every meeting in that one transaction, or none.
 */
@Injectable()
export class ScheduleRunner {
  private readonly logger = new Logger(ScheduleRunner.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly runs: ScheduleRunsRepository,
    private readonly meetings: EventMeetingsRepository,
    private readonly people: EventPeople,
    private readonly events: EventsService,
    private readonly loader: ScheduleDataLoader,
    private readonly writer: MeetingWriter,
    private readonly notifier: MeetingNotifier,
    private readonly notifications: NotificationsService,
  ) {}

  async run(runId: string): Promise<StoredScheduleResult | null> {
    // A run already DONE or FAILED is not run again when its job is retried.
    const run = await this.runs.start(runId);
    if (!run) return null;
    try {
      const { result, pending } = await this.unitOfWork.run(async (manager) => {
        const event = await this.events.lock(manager, run.event_id);
        if (!event.tables) throw eventsError('NO_PARTNERING_SESSION');
        const data = await this.loader.load(manager, event);
        const result = this.solve(data);
        const pending = run.publish ? await this.publish(manager, data, result, run.requested_by) : [];
        await this.runs.finish(runId, result, manager);
        return { result, pending };
      });
      for (const p of pending) await this.notifications.deliver(p);
      return result;
    } catch (error) {
      const reason = error instanceof AppException ? (error.reason ?? error.message) : 'SCHEDULE_FAILED';
      if (!(error instanceof AppException))
        this.logger.error(`Scheduling run ${runId} failed: ${(error as Error).stack}`);
      await this.runs.fail(runId, reason);
      return null;
    }
  }

  private solve(data: ScheduleData): StoredScheduleResult {
    const outcome = validateInstance(JSON.parse(JSON.stringify(buildInstance(data))));
    if ('problems' in outcome) {
      throw new Error(
        `Event ${data.event.id} gives an invalid scheduling instance: ${outcome.problems.join('; ')}`,
      );
    }
    const solved = solveSchedule(outcome.instance);
    const { placements, unplaced } = readResult(solved, data.published, data.tables);
    const companiesOf = (p: (typeof placements)[number]) =>
      p.kind === 'request'
        ? (data.requestSeats.get(p.id) ?? []).map((s) => s.companyId)
        : (data.meetingCompanies.get(p.id) ?? []);
    return {
      published: false,
      tables: data.tables,
      slots: data.slots.map((s) => ({ id: s.id, start: s.start.toISOString(), end: s.end.toISOString() })),
      placed: placements.filter((p) => !p.fixed).length,
      kept: placements.filter((p) => p.fixed).length,
      unplaced: [
        ...unplaced,
        ...data.refused.map((requestId) => ({ requestId, reason: 'NO_THANKS' as const })),
      ],
      lowerBoundUnplaced: solved.stats.lowerBoundUnplaced,
      millis: solved.stats.millis,
      placements: placements.map((p) => ({
        ...p,
        meetingId: p.kind === 'meeting' ? p.id : null,
        companyIds: companiesOf(p),
      })),
    };
  }

  /** Creates the new meetings through the meetings domain (seats, connections, notifications with ICS links). */
  private async publish(
    manager: Transaction,
    data: ScheduleData,
    result: StoredScheduleResult,
    actorId: string | null,
  ): Promise<PendingNotifications[]> {
    const pending: PendingNotifications[] = [];
    const names = await this.people.companyNames(
      [...data.requestSeats.values()].flat().map((s) => s.companyId),
      manager,
    );
    const people = await this.people.personNames(
      [...data.requestSeats.values()].flat().map((s) => s.userId),
      manager,
    );
    const now = new Date();
    const kept = new Map(data.published.map((m) => [m.id, m.table]));
    for (const placement of result.placements) {
      if (placement.fixed) {
        if (kept.get(placement.id) !== placement.table)
          await this.meetings.moveTable(placement.id, String(placement.table), manager);
        continue;
      }
      const slot = data.slotTimes.get(placement.slotId)!;
      const seats = data.requestSeats.get(placement.id)!;
      try {
        const meeting = await this.writer.create(
          manager,
          {
            start: slot.start,
            end: slot.end,
            requestId: placement.id,
            eventId: data.event.id,
            location: data.event.venue,
            table: String(placement.table),
            createdBy: actorId,
            now,
            seats: seats.map((s) => ({ ...s, name: people.get(s.userId) ?? '' })),
          },
          null,
        );
        placement.meetingId = meeting.id;
        pending.push(await this.notifier.meetingScheduled(manager, meeting, seats, names));
      } catch (error) {
        if (error instanceof AppException) throw eventsError('SCHEDULE_OUTDATED', { cause: error });
        throw error;
      }
    }
    result.published = true;
    return pending;
  }
}
