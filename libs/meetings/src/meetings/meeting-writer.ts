import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/database';
import type { MeetingEntity, MeetingKind } from '../entities/meeting.entity.js';
import { meetingError } from '../meetings.errors.js';
import type { Range } from '../rules/time-range-rules.js';
import { MeetingsRepository } from './meetings.repository.js';

export interface NewSeat {
  userId: string;
  companyId: string;
  /** Named in the error when this person turns out to be busy. */
  name: string;
}

export interface NewMeeting extends Range {
  requestId?: string | null;
  eventId?: string | null;
  kind?: MeetingKind;
  location?: string | null;
  table?: string | null;
  createdBy: string | null;
  seats: NewSeat[];
  now: Date;
}

/**
 * The one place meetings are created, inside the caller's transaction: the meeting, one seat per
 * participant (PostgreSQL's exclusion constraint refuses a seat that overlaps another active seat
 * of the same person, however many transactions race for it) and the connection between the
 * companies. The event scheduler places event meetings through it too.
 */
@Injectable()
export class MeetingWriter {
  constructor(private readonly meetings: MeetingsRepository) {}

  async create(manager: Transaction, meeting: NewMeeting, actorId: string | null): Promise<MeetingEntity> {
    const id = await this.meetings.insert(
      {
        requestId: meeting.requestId ?? null,
        eventId: meeting.eventId ?? null,
        start: meeting.start,
        end: meeting.end,
        location: meeting.location ?? null,
        table: meeting.table ?? null,
        createdBy: meeting.createdBy,
        at: meeting.now,
        kind: meeting.kind ?? 'STANDARD',
      },
      manager,
    );
    // A competing transaction holding an overlapping seat makes the seat's insert wait, then skip
    // it once that one commits: the missing seats name who is busy, and this transaction rolls back.
    const seated = await this.meetings.seat(id, meeting.seats, meeting, manager);
    const busy = meeting.seats.filter((s) => !seated.includes(s.userId));
    if (busy.some((s) => s.userId === actorId)) throw meetingError('YOU_ARE_BUSY');
    if (busy.length > 0) throw meetingError('PARTICIPANT_BUSY', { params: { person: busy[0].name } });
    await this.syncConnections(
      manager,
      meeting.seats.map((s) => s.companyId),
    );
    return (await this.meetings.findById(id, manager))!;
  }

  /** Brings the connections between every two of the companies up to date. */
  async syncConnections(manager: Transaction, companyIds: string[]): Promise<void> {
    const companies = [...new Set(companyIds)];
    for (let i = 0; i < companies.length; i += 1) {
      for (let j = i + 1; j < companies.length; j += 1)
        await this.syncConnection(manager, companies[i], companies[j]);
    }
  }

  /**
   * Two companies stay connected while a meeting between them is scheduled and was not found
   * useless by both sides: a useful meeting keeps them connected, a cancelled one no longer does.
   */
  async syncConnection(manager: Transaction, companyA: string, companyB: string): Promise<void> {
    const [low, high] = companyA < companyB ? [companyA, companyB] : [companyB, companyA];
    if (await this.meetings.connectionHolds(low, high, manager))
      await this.meetings.connect(low, high, manager);
    else await this.meetings.disconnect(low, high, manager);
  }
}
