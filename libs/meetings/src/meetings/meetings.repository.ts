import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import { MeetingEntity, type MeetingKind } from '../entities/meeting.entity.js';
import { MeetingOutcomeEntity, type PartnershipStage } from '../entities/meeting-outcome.entity.js';
import { MeetingParticipantEntity } from '../entities/meeting-participant.entity.js';
import type { MeetingParticipantRow, MeetingRow } from '../meetings.tables.js';

/** A meeting's row as `MeetingWriter` inserts it. */
export interface MeetingInsert {
  requestId: string | null;
  eventId: string | null;
  start: Date;
  end: Date;
  location: string | null;
  table: string | null;
  createdBy: string | null;
  at: Date;
  kind: MeetingKind;
}

/** An outcome as a company records it after the meeting. */
export interface OutcomeUpsert {
  meetingId: string;
  companyId: string;
  useful: boolean;
  followUpPlanned: boolean;
  partnershipDiscussed: boolean;
  noShow: boolean;
  note: string | null;
  recordedBy: string;
  at: Date;
  stage: PartnershipStage | null;
}

/** A person's active seat over a period, with its bounds. */
export type SeatPeriodRow = Pick<MeetingParticipantRow, 'meeting_id' | 'user_id'> & {
  starts_at: Date;
  ends_at: Date;
};

/** `:moved-N` once a meeting moved N times, so that its reminders go out again for the new time. */
const MOVES_SUFFIX_SQL = `(SELECT CASE WHEN count(*) > 0 THEN ':moved-' || count(*) ELSE '' END
                             FROM meeting_reschedules r WHERE r.meeting_id = m.id AND r.status = 'ACCEPTED')`;

export const MEETINGS_OF_PERSON_SQL = `EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id
                   AND (p.user_id = :userId OR (:company AND p.company_id = :companyId)))`;

/** Every query on `meetings`, `meeting_participants`, `meeting_outcomes` and `connections`. */
@Injectable()
export class MeetingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: Transaction): Promise<MeetingEntity | null> {
    return this.db(tx).findOne(MeetingEntity, { where: { id } });
  }

  lockById(id: string, tx: Transaction): Promise<MeetingEntity | null> {
    return tx.findOne(MeetingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return ids.length
      ? this.dataSource.manager.find(MeetingEntity, { where: { id: In([...ids]) } })
      : Promise.resolve([]);
  }

  findByRequestIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return ids.length
      ? this.dataSource.manager.find(MeetingEntity, { where: { requestId: In([...ids]) } })
      : Promise.resolve([]);
  }

  /** Scheduled meetings among `ids`, earliest first. */
  scheduledAmong(ids: readonly string[], tx?: Transaction): Promise<MeetingEntity[]> {
    return ids.length
      ? this.db(tx).find(MeetingEntity, {
          where: { id: In([...ids]), status: 'SCHEDULED' },
          order: { start: 'ASC', id: 'ASC' },
        })
      : Promise.resolve([]);
  }

  /**
   * Meetings a person sits in (with `company`, those of their company too) that end after `since`
   * and start before `to` (no end when null), earliest first.
   */
  ofPerson(
    person: { userId: string; companyId: string | null; company: boolean },
    since: Date,
    to: Date | null,
  ): Promise<MeetingEntity[]> {
    const query = this.dataSource.manager
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(MEETINGS_OF_PERSON_SQL, {
        userId: person.userId,
        company: person.company,
        companyId: person.companyId,
      })
      .andWhere('m.ends_at > :since', { since });
    if (to) query.andWhere('m.starts_at < :to', { to });
    return query.orderBy('m.starts_at', 'ASC').addOrderBy('m.id', 'ASC').getMany();
  }

  /** The person's own scheduled meetings ending after `since`: their calendar feed. */
  scheduledOfUserSince(userId: string, since: Date): Promise<MeetingEntity[]> {
    return this.dataSource.manager
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(
        `EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.user_id = :userId)`,
        {
          userId,
        },
      )
      .andWhere(`m.status = 'SCHEDULED'`)
      .andWhere('m.ends_at > :since', { since })
      .orderBy('m.starts_at', 'ASC')
      .getMany();
  }

  /**
   * For scheduled meetings starting in (from, to], booked at least `leadSeconds` before their
   * start, the reminder `kind`'s notification dedupe key of each active participant for the
   * meeting's current time (it counts the times the meeting moved), earliest meeting first. Which
   * were written already is the notifications domain's to say.
   */
  reminderKeys(
    kind: string,
    from: Date,
    to: Date,
    leadSeconds: number,
  ): Promise<{ meeting_id: string; dedupe_key: string }[]> {
    return this.dataSource.query(
      `SELECT m.id AS meeting_id, $1::text || ':' || m.id || ${MOVES_SUFFIX_SQL} || ':' || p.user_id AS dedupe_key
         FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id AND p.active
        WHERE m.status = 'SCHEDULED' AND m.starts_at > $2 AND m.starts_at <= $3
          AND m.created_at <= m.starts_at - $4::interval
        ORDER BY m.starts_at, m.id`,
      [kind, from, to, `${leadSeconds} seconds`],
    );
  }

  async insert(meeting: MeetingInsert, tx: Transaction): Promise<string> {
    const [row]: Pick<MeetingRow, 'id'>[] = await tx.query(
      `INSERT INTO meetings (request_id, event_id, starts_at, ends_at, location, table_label, created_by, created_at, updated_at, kind)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id`,
      [
        meeting.requestId,
        meeting.eventId,
        meeting.start,
        meeting.end,
        meeting.location,
        meeting.table,
        meeting.createdBy,
        meeting.at,
        meeting.kind,
      ],
    );
    return row.id;
  }

  save(meeting: MeetingEntity, tx: Transaction): Promise<MeetingEntity> {
    return tx.save(meeting);
  }

  /**
   * Seats the people; DO NOTHING waits for a competing transaction holding an overlapping seat and
   * skips the row once it commits. Returns the people seated.
   */
  async seat(
    meetingId: string,
    seats: { userId: string; companyId: string }[],
    period: { start: Date; end: Date },
    tx: Transaction,
  ): Promise<string[]> {
    const seated: Pick<MeetingParticipantRow, 'user_id'>[] = await tx.query(
      `INSERT INTO meeting_participants (meeting_id, user_id, company_id, period)
       SELECT $1, t.user_id, t.company_id, tstzrange($4::timestamptz, $5::timestamptz)
         FROM unnest($2::uuid[], $3::uuid[]) AS t(user_id, company_id)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [meetingId, seats.map((s) => s.userId), seats.map((s) => s.companyId), period.start, period.end],
    );
    return seated.map((r) => r.user_id);
  }

  seatsOf(meetingIds: readonly string[], tx?: Transaction): Promise<MeetingParticipantEntity[]> {
    return meetingIds.length
      ? this.db(tx).find(MeetingParticipantEntity, { where: { meetingId: In([...meetingIds]) } })
      : Promise.resolve([]);
  }

  activeSeatsOf(meetingId: string, tx?: Transaction): Promise<MeetingParticipantEntity[]> {
    return this.db(tx).find(MeetingParticipantEntity, { where: { meetingId, active: true } });
  }

  /**
   * Moves a meeting and its active seats to a new time, raising its calendar sequence. The
   * exclusion constraint refuses a seat that would overlap another of the person's meetings.
   */
  async move(meetingId: string, range: { start: Date; end: Date }, at: Date, tx: Transaction): Promise<void> {
    await tx.query(
      `UPDATE meetings SET starts_at = $2, ends_at = $3, sequence = sequence + 1, updated_at = $4 WHERE id = $1`,
      [meetingId, range.start, range.end, at],
    );
    await tx.query(
      `UPDATE meeting_participants SET period = tstzrange($2::timestamptz, $3::timestamptz)
        WHERE meeting_id = $1 AND active`,
      [meetingId, range.start, range.end],
    );
  }

  async freeSeats(meetingId: string, tx: Transaction): Promise<void> {
    await tx.update(MeetingParticipantEntity, { meetingId }, { active: false });
  }

  /** Active seats of the people overlapping [from, to). */
  async busyPeriods(
    userIds: readonly string[],
    from: Date,
    to: Date,
    tx?: Transaction,
  ): Promise<SeatPeriodRow[]> {
    return this.db(tx).query(
      `SELECT p.meeting_id, p.user_id, lower(p.period) AS starts_at, upper(p.period) AS ends_at
         FROM meeting_participants p
        WHERE p.active AND p.user_id = ANY($1::uuid[]) AND p.period && tstzrange($2::timestamptz, $3::timestamptz)`,
      [[...userIds], from, to],
    );
  }

  /**
   * Whether two companies (low < high) have a scheduled meeting together that was not found
   * useless by both sides.
   */
  async connectionHolds(low: string, high: string, tx: Transaction): Promise<boolean> {
    const [{ holds }]: { holds: boolean }[] = await tx.query(
      `SELECT EXISTS (
         SELECT 1 FROM meetings m
          WHERE m.status = 'SCHEDULED'
            AND EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.company_id = $1)
            AND EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.company_id = $2)
            AND NOT EXISTS (SELECT 1 FROM unfruitful_pairs u
                             WHERE u.meeting_id = m.id AND u.company_id = $1 AND u.partner_id = $2)
       ) AS holds`,
      [low, high],
    );
    return holds;
  }

  async connect(low: string, high: string, tx: Transaction): Promise<void> {
    await tx.query(`INSERT INTO connections (company_a, company_b) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      low,
      high,
    ]);
  }

  async disconnect(low: string, high: string, tx: Transaction): Promise<void> {
    await tx.query(`DELETE FROM connections WHERE company_a = $1 AND company_b = $2`, [low, high]);
  }

  outcomesOfMeetings(meetingIds: readonly string[]): Promise<MeetingOutcomeEntity[]> {
    return meetingIds.length
      ? this.dataSource.manager.find(MeetingOutcomeEntity, { where: { meetingId: In([...meetingIds]) } })
      : Promise.resolve([]);
  }

  outcomesOf(companyId: string, meetingIds: readonly string[]): Promise<MeetingOutcomeEntity[]> {
    return meetingIds.length
      ? this.dataSource.manager.find(MeetingOutcomeEntity, {
          where: { companyId, meetingId: In([...meetingIds]) },
        })
      : Promise.resolve([]);
  }

  outcomeOf(meetingId: string, companyId: string, tx: Transaction): Promise<MeetingOutcomeEntity> {
    return tx.findOneOrFail(MeetingOutcomeEntity, { where: { meetingId, companyId } });
  }

  /** Only the stage (and when) changes on an outcome already recorded. */
  async upsertStage(
    meetingId: string,
    companyId: string,
    stage: PartnershipStage,
    tx: Transaction,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO meeting_outcomes (meeting_id, company_id, useful, follow_up_planned, partnership_discussed,
                                     no_show, stage, recorded_at)
       VALUES ($1, $2, $3, false, false, false, $4, now())
       ON CONFLICT (meeting_id, company_id) DO UPDATE SET stage = EXCLUDED.stage, recorded_at = EXCLUDED.recorded_at`,
      [meetingId, companyId, stage !== 'NO_FURTHER_CONTACT', stage],
    );
  }

  async upsertOutcome(outcome: OutcomeUpsert, tx: Transaction): Promise<void> {
    await tx.query(
      `INSERT INTO meeting_outcomes (meeting_id, company_id, useful, follow_up_planned, partnership_discussed,
                                     no_show, note, recorded_by, recorded_at, stage)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (meeting_id, company_id) DO UPDATE SET
         useful = EXCLUDED.useful, follow_up_planned = EXCLUDED.follow_up_planned,
         partnership_discussed = EXCLUDED.partnership_discussed, no_show = EXCLUDED.no_show,
         note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at,
         stage = coalesce(EXCLUDED.stage, meeting_outcomes.stage)`,
      [
        outcome.meetingId,
        outcome.companyId,
        outcome.useful,
        outcome.followUpPlanned,
        outcome.partnershipDiscussed,
        outcome.noShow,
        outcome.note,
        outcome.recordedBy,
        outcome.at,
        outcome.stage,
      ],
    );
  }
}
