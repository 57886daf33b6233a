import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { MeetingRequestRow, MeetingRow } from '../meetings.tables.js';

/** An accepted request of an event that has no meeting yet: what the scheduler places. */
export type UnscheduledRequestRow = Pick<
  MeetingRequestRow,
  'id' | 'requester_id' | 'from_company_id' | 'to_company_id'
> & { responded_by: string };

/** A scheduled meeting of an event with its people and companies. */
export type EventMeetingRow = Pick<MeetingRow, 'id' | 'starts_at' | 'ends_at' | 'table_label'> & {
  participants: string[];
  companies: string[];
};

/** A scheduled meeting of an event with its seats (SeatNames names them for exports). */
export type EventGridMeetingRow = Pick<
  MeetingRow,
  'id' | 'starts_at' | 'ends_at' | 'table_label' | 'location' | 'sequence' | 'created_at' | 'updated_at'
> & {
  seats: { userId: string; companyId: string }[];
};

/** Per company present at an event (attending or in a request), its requests and meetings there. */
export interface EventDemandRow {
  company_id: string;
  attending: boolean;
  sent: number;
  received: number;
  accepted: number;
  unanswered: number;
  awaiting: number;
  meetings: number;
  cross_border: number;
}

export interface EventDemandTotals {
  requests: number;
  pending: number;
  accepted_without_meeting: number;
  meetings: number;
  cross_border: number;
}

export const UNSCHEDULED_REQUESTS_SQL = `SELECT r.id, r.requester_id, r.responded_by, r.from_company_id, r.to_company_id
         FROM meeting_requests r
        WHERE r.event_id = $1 AND r.status = 'ACCEPTED' AND r.responded_by IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.request_id = r.id)
        ORDER BY r.responded_at, r.id`;

export const EVENT_MEETINGS_SQL = `SELECT m.id, m.starts_at, m.ends_at, m.table_label, array_agg(p.user_id ORDER BY p.user_id) AS participants,
              array_agg(DISTINCT p.company_id) AS companies
         FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id
        WHERE m.event_id = $1 AND m.status = 'SCHEDULED'
        GROUP BY m.id ORDER BY m.starts_at, m.id`;

export const BUSY_IN_SLOTS_SQL = `SELECT DISTINCT p.user_id, i.idx
         FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS i(lo, hi, idx)
         JOIN meeting_participants p ON p.active AND p.period && tstzrange(i.lo, i.hi)
        WHERE p.user_id = ANY($1::uuid[]) AND NOT (p.meeting_id = ANY($4::uuid[]))`;

/**
 * The attendees ($2) come from the events domain, which owns registrations; the provinces of the
 * seated companies ($3, $4) from the companies domain.
 */
export const EVENT_DEMAND_SQL = `
  WITH attendees AS (SELECT DISTINCT company_id FROM unnest($2::uuid[]) AS a(company_id)),
  provinces AS (SELECT * FROM unnest($3::uuid[], $4::text[]) AS pv(company_id, province)),
  requests AS (SELECT * FROM meeting_requests WHERE event_id = $1),
  companies_in AS (
    SELECT company_id FROM attendees
    UNION SELECT from_company_id FROM requests
    UNION SELECT to_company_id FROM requests),
  seats AS (
    SELECT p.meeting_id, p.company_id,
           EXISTS (SELECT 1 FROM meeting_participants q JOIN provinces qc ON qc.company_id = q.company_id
                    WHERE q.meeting_id = p.meeting_id AND qc.province <> pc.province) AS cross_border
      FROM meetings m
      JOIN meeting_participants p ON p.meeting_id = m.id
      JOIN provinces pc ON pc.company_id = p.company_id
     WHERE m.event_id = $1 AND m.status = 'SCHEDULED')
  SELECT c.company_id,
         c.company_id IN (SELECT company_id FROM attendees) AS attending,
         (SELECT count(*) FROM requests r WHERE r.from_company_id = c.company_id)::int AS sent,
         (SELECT count(*) FROM requests r WHERE r.to_company_id = c.company_id)::int AS received,
         (SELECT count(*) FROM requests r WHERE c.company_id IN (r.from_company_id, r.to_company_id)
                                            AND r.status = 'ACCEPTED')::int AS accepted,
         (SELECT count(*) FROM requests r WHERE r.to_company_id = c.company_id AND r.status = 'PENDING')::int AS unanswered,
         (SELECT count(*) FROM requests r WHERE r.from_company_id = c.company_id AND r.status = 'PENDING')::int AS awaiting,
         (SELECT count(DISTINCT s.meeting_id) FROM seats s WHERE s.company_id = c.company_id)::int AS meetings,
         (SELECT count(DISTINCT s.meeting_id) FROM seats s WHERE s.company_id = c.company_id AND s.cross_border)::int AS cross_border
    FROM companies_in c`;

/** The provinces of the seated companies ($2, $3) come from the companies domain. */
export const EVENT_DEMAND_TOTALS_SQL = `
  WITH provinces AS (SELECT * FROM unnest($2::uuid[], $3::text[]) AS pv(company_id, province))
  SELECT (SELECT count(*) FROM meeting_requests WHERE event_id = $1)::int AS requests,
         (SELECT count(*) FROM meeting_requests WHERE event_id = $1 AND status = 'PENDING')::int AS pending,
         (SELECT count(*) FROM meeting_requests r WHERE r.event_id = $1 AND r.status = 'ACCEPTED'
             AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.request_id = r.id AND m.status = 'SCHEDULED'))::int AS accepted_without_meeting,
         (SELECT count(*) FROM meetings WHERE event_id = $1 AND status = 'SCHEDULED')::int AS meetings,
         (SELECT count(*) FROM meetings m WHERE m.event_id = $1 AND m.status = 'SCHEDULED'
             AND (SELECT count(DISTINCT c.province) FROM meeting_participants p JOIN provinces c ON c.company_id = p.company_id
                   WHERE p.meeting_id = m.id) > 1)::int AS cross_border`;

/**
 * The meeting data the events domain shows and schedules from (events sits above meetings and
 * asks through this class, exported from the index, rather than reading meeting tables).
 */
@Injectable()
export class EventMeetingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  /** The most meetings published in one slot of the event (meetings with a table). */
  async busiestSlot(eventId: string, tx?: Transaction): Promise<number> {
    const [row]: { n: number | null }[] = await this.db(tx).query(
      `SELECT max(n)::int AS n FROM (SELECT count(*) AS n FROM meetings
         WHERE event_id = $1 AND status = 'SCHEDULED' AND table_label IS NOT NULL GROUP BY starts_at) s`,
      [eventId],
    );
    return row?.n ?? 0;
  }

  /** Requests accepted for the event with no meeting yet, in the order they were accepted. */
  unscheduledRequests(eventId: string, tx?: Transaction): Promise<UnscheduledRequestRow[]> {
    return this.db(tx).query(UNSCHEDULED_REQUESTS_SQL, [eventId]);
  }

  /** The event's scheduled meetings, earliest first. */
  scheduledMeetings(eventId: string, tx?: Transaction): Promise<EventMeetingRow[]> {
    return this.db(tx).query(EVENT_MEETINGS_SQL, [eventId]);
  }

  /** Which people have an active seat overlapping each range (1-based idx), other meetings than `except`. */
  busyInRanges(
    userIds: string[],
    ranges: { start: Date; end: Date }[],
    except: string[],
    tx?: Transaction,
  ): Promise<{ user_id: string; idx: string }[]> {
    return this.db(tx).query(BUSY_IN_SLOTS_SQL, [
      userIds,
      ranges.map((s) => s.start),
      ranges.map((s) => s.end),
      except,
    ]);
  }

  /** A kept meeting moves to another table: calendars see a new version. */
  async moveTable(meetingId: string, table: string, tx: Transaction): Promise<void> {
    await tx.query(
      `UPDATE meetings SET table_label = $2, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
      [meetingId, table],
    );
  }

  /** The event's scheduled meetings with their seats, for exports. */
  grid(eventId: string): Promise<EventGridMeetingRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.starts_at, m.ends_at, m.table_label, m.location, m.sequence, m.created_at, m.updated_at,
              json_agg(json_build_object('userId', p.user_id, 'companyId', p.company_id)) AS seats
         FROM meetings m
         JOIN meeting_participants p ON p.meeting_id = m.id
        WHERE m.event_id = $1 AND m.status = 'SCHEDULED'
        GROUP BY m.id
        ORDER BY m.starts_at, m.table_label, m.id`,
      [eventId],
    );
  }

  /** Per pair (a < b) of the companies, the latest request between them at the event, and whether it has a meeting. */
  latestRequestPerPair(
    eventId: string,
    companyIds: string[],
  ): Promise<{ a: string; b: string; status: string; has_meeting: boolean }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (LEAST(r.from_company_id, r.to_company_id), GREATEST(r.from_company_id, r.to_company_id))
              LEAST(r.from_company_id, r.to_company_id)::text AS a, GREATEST(r.from_company_id, r.to_company_id)::text AS b,
              r.status, EXISTS (SELECT 1 FROM meetings m WHERE m.request_id = r.id AND m.status = 'SCHEDULED') AS has_meeting
         FROM meeting_requests r
        WHERE r.event_id = $1 AND r.from_company_id = ANY($2::uuid[]) AND r.to_company_id = ANY($2::uuid[])
        ORDER BY LEAST(r.from_company_id, r.to_company_id), GREATEST(r.from_company_id, r.to_company_id), r.created_at DESC`,
      [eventId, companyIds],
    );
  }

  /** The companies with a pending or accepted request to or from the company at the event: the latest one's status. */
  requestedPartners(eventId: string, companyId: string): Promise<{ partner_id: string; status: string }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (partner_id) partner_id, status
         FROM (SELECT CASE WHEN r.from_company_id = $2 THEN r.to_company_id ELSE r.from_company_id END AS partner_id,
                      r.status, r.created_at
                 FROM meeting_requests r
                WHERE r.event_id = $1 AND $2 IN (r.from_company_id, r.to_company_id)
                  AND r.status IN ('PENDING', 'ACCEPTED')) x
        ORDER BY partner_id, created_at DESC`,
      [eventId, companyId],
    );
  }

  /** The companies with a seat in a scheduled meeting of the event. */
  async seatedCompanies(eventId: string): Promise<string[]> {
    const rows: { company_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.company_id FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id
        WHERE m.event_id = $1 AND m.status = 'SCHEDULED'`,
      [eventId],
    );
    return rows.map((r) => r.company_id);
  }

  /**
   * Who asks whom at the event, and the meetings each company has there; `provinces` holds those
   * of the seated companies (`seatedCompanies`), which tell a cross-border meeting.
   */
  demand(eventId: string, attendeeIds: string[], provinces: Map<string, string>): Promise<EventDemandRow[]> {
    return this.dataSource.query(EVENT_DEMAND_SQL, [
      eventId,
      attendeeIds,
      [...provinces.keys()],
      [...provinces.values()],
    ]);
  }

  async demandTotals(eventId: string, provinces: Map<string, string>): Promise<EventDemandTotals> {
    const [totals]: EventDemandTotals[] = await this.dataSource.query(EVENT_DEMAND_TOTALS_SQL, [
      eventId,
      [...provinces.keys()],
      [...provinces.values()],
    ]);
    return totals;
  }
}
