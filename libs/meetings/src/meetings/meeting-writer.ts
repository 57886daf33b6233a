import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MeetingEntity, type MeetingKind } from '../entities/meeting.entity.js';
import { meetingError } from '../meetings.errors.js';
import type { Range } from '../rules/time-range-rules.js';

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
  async create(manager: EntityManager, meeting: NewMeeting, actorId: string | null): Promise<MeetingEntity> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO meetings (request_id, event_id, starts_at, ends_at, location, table_label, created_by, created_at, updated_at, kind)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id`,
      [
        meeting.requestId ?? null,
        meeting.eventId ?? null,
        meeting.start,
        meeting.end,
        meeting.location ?? null,
        meeting.table ?? null,
        meeting.createdBy,
        meeting.now,
        meeting.kind ?? 'STANDARD',
      ],
    );
    // DO NOTHING waits for a competing transaction holding an overlapping seat and skips the row
    // once it commits: the missing seats name who is busy, and this transaction rolls back.
    const seated: { user_id: string }[] = await manager.query(
      `INSERT INTO meeting_participants (meeting_id, user_id, company_id, period)
       SELECT $1, t.user_id, t.company_id, tstzrange($4::timestamptz, $5::timestamptz)
         FROM unnest($2::uuid[], $3::uuid[]) AS t(user_id, company_id)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [
        row.id,
        meeting.seats.map((s) => s.userId),
        meeting.seats.map((s) => s.companyId),
        meeting.start,
        meeting.end,
      ],
    );
    const busy = meeting.seats.filter((s) => !seated.some((r) => r.user_id === s.userId));
    if (busy.some((s) => s.userId === actorId)) throw meetingError('YOU_ARE_BUSY');
    if (busy.length > 0) throw meetingError('PARTICIPANT_BUSY', { params: { person: busy[0].name } });
    await this.syncConnections(
      manager,
      meeting.seats.map((s) => s.companyId),
    );
    return manager.findOneOrFail(MeetingEntity, { where: { id: row.id } });
  }

  /** Brings the connections between every two of the companies up to date. */
  async syncConnections(manager: EntityManager, companyIds: string[]): Promise<void> {
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
  async syncConnection(manager: EntityManager, companyA: string, companyB: string): Promise<void> {
    const [low, high] = companyA < companyB ? [companyA, companyB] : [companyB, companyA];
    const [{ holds }]: { holds: boolean }[] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM meetings m
          WHERE m.status = 'SCHEDULED'
            AND EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.company_id = $1)
            AND EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.company_id = $2)
            AND (SELECT count(*) FROM meeting_outcomes o
                  WHERE o.meeting_id = m.id AND o.company_id IN ($1, $2) AND NOT o.useful) < 2
       ) AS holds`,
      [low, high],
    );
    if (holds) {
      await manager.query(
        `INSERT INTO connections (company_a, company_b) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [low, high],
      );
    } else {
      await manager.query(`DELETE FROM connections WHERE company_a = $1 AND company_b = $2`, [low, high]);
    }
  }
}
