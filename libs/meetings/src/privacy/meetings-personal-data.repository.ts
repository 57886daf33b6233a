import { Inject, Injectable } from '@nestjs/common';
import { ContributesPersonalData, type PersonalDataContributor, type PersonalDataSubject } from '@app/common';
import type { Transaction } from '@app/database';
import { EVENT_ATTENDANCE, type EventAttendance } from '../ports/event-attendance.port.js';

/** A request's reason is the canceller's when the requester withdrew it, the responder's otherwise. */
const REASONS_OF = `responded_by = $1 OR (requester_id = $1 AND status = 'CANCELLED')`;

/** The statements on the meeting and availability tables about one person ($1), or their words. */
export const MEETINGS_PERSONAL_DATA_SQL = {
  availability: `SELECT s.time_zone, s.updated_at,
                        (SELECT coalesce(json_agg(w.*), '[]') FROM availability_weekly w WHERE w.user_id = s.user_id) AS weekly,
                        (SELECT coalesce(json_agg(d.*), '[]') FROM availability_dated d WHERE d.user_id = s.user_id) AS dated
                   FROM availability_settings s WHERE s.user_id = $1`,
  meetingRequestsSent: `SELECT * FROM meeting_requests WHERE requester_id = $1 ORDER BY created_at`,
  meetingRequestsAnswered: `SELECT * FROM meeting_requests WHERE responded_by = $1 ORDER BY created_at`,
  meetings: `SELECT m.* FROM meetings m JOIN meeting_participants p ON p.meeting_id = m.id
              WHERE p.user_id = $1 ORDER BY m.created_at`,
  meetingsCancelled: `SELECT id, cancelled_at, cancel_reason FROM meetings WHERE cancelled_by = $1 ORDER BY cancelled_at`,
  meetingReschedulesProposed: `SELECT id, meeting_id, proposed_slots, message, status, answered_at, created_at
                                 FROM meeting_reschedules WHERE proposed_by = $1 ORDER BY created_at`,
  meetingReschedulesAnswered: `SELECT id, meeting_id, proposed_slots, status, answered_at
                                 FROM meeting_reschedules WHERE answered_by = $1 ORDER BY answered_at`,
  meetingOutcomesRecorded: `SELECT * FROM meeting_outcomes WHERE recorded_by = $1`,
  texts: `SELECT message AS word FROM meeting_requests WHERE requester_id = $1
          UNION SELECT location FROM meeting_requests WHERE requester_id = $1
          UNION SELECT response_reason FROM meeting_requests WHERE ${REASONS_OF}
          UNION SELECT cancel_reason FROM meetings WHERE cancelled_by = $1
          UNION SELECT message FROM meeting_reschedules WHERE proposed_by = $1
          UNION SELECT note FROM meeting_outcomes WHERE recorded_by = $1`,
  locationsSet: `SELECT DISTINCT location, event_id FROM meetings WHERE created_by = $1 AND location IS NOT NULL`,
  clearRequestTexts: `UPDATE meeting_requests SET message = NULL, location = NULL WHERE requester_id = $1`,
  clearRequestReasons: `UPDATE meeting_requests SET response_reason = NULL WHERE ${REASONS_OF}`,
  clearCancelReasons: `UPDATE meetings SET cancel_reason = NULL WHERE cancelled_by = $1`,
  clearRescheduleMessages: `UPDATE meeting_reschedules SET message = NULL WHERE proposed_by = $1`,
  /** $1: every word of the person. */
  clearLocations: `UPDATE meetings SET location = NULL WHERE location = ANY($1::text[])`,
  clearOutcomeNotes: `UPDATE meeting_outcomes SET note = NULL WHERE recorded_by = $1`,
  deleteAvailability: `DELETE FROM availability_settings WHERE user_id = $1`,
};

/**
 * The person's availability, requests, meetings, new times and outcomes. On erasure the meetings
 * and requests stay (the other side's history) without the texts the person wrote; their
 * availability goes.
 */
@Injectable()
@ContributesPersonalData('meetings')
export class MeetingsPersonalDataRepository implements PersonalDataContributor {
  constructor(@Inject(EVENT_ATTENDANCE) private readonly events: EventAttendance) {}

  async export({ userId }: PersonalDataSubject, tx: Transaction): Promise<Record<string, unknown>> {
    const sql = MEETINGS_PERSONAL_DATA_SQL;
    const [availability] = await tx.query(sql.availability, [userId]);
    return {
      availability: availability ?? null,
      meetingRequestsSent: await tx.query(sql.meetingRequestsSent, [userId]),
      meetingRequestsAnswered: await tx.query(sql.meetingRequestsAnswered, [userId]),
      meetings: await tx.query(sql.meetings, [userId]),
      meetingsCancelled: await tx.query(sql.meetingsCancelled, [userId]),
      meetingReschedulesProposed: await tx.query(sql.meetingReschedulesProposed, [userId]),
      meetingReschedulesAnswered: await tx.query(sql.meetingReschedulesAnswered, [userId]),
      meetingOutcomesRecorded: await tx.query(sql.meetingOutcomesRecorded, [userId]),
    };
  }

  /** Their texts, and the places they set for meetings (an event's own venue is not theirs). */
  async wordsOf({ userId }: PersonalDataSubject, tx: Transaction): Promise<string[]> {
    const texts: { word: string | null }[] = await tx.query(MEETINGS_PERSONAL_DATA_SQL.texts, [userId]);
    const places: { location: string; event_id: string | null }[] = await tx.query(
      MEETINGS_PERSONAL_DATA_SQL.locationsSet,
      [userId],
    );
    const venues = new Map<string, string | null>();
    for (const eventId of new Set(places.flatMap((p) => (p.event_id ? [p.event_id] : [])))) {
      venues.set(eventId, (await this.events.attendance(eventId, [], tx))?.venue ?? null);
    }
    return [
      ...texts.flatMap((row) => (row.word ? [row.word] : [])),
      ...places.filter((p) => !p.event_id || venues.get(p.event_id) !== p.location).map((p) => p.location),
    ];
  }

  async erase({ userId }: PersonalDataSubject, words: string[], tx: Transaction): Promise<void> {
    const sql = MEETINGS_PERSONAL_DATA_SQL;
    await tx.query(sql.clearRequestTexts, [userId]);
    await tx.query(sql.clearRequestReasons, [userId]);
    await tx.query(sql.clearCancelReasons, [userId]);
    await tx.query(sql.clearRescheduleMessages, [userId]);
    await tx.query(sql.clearLocations, [words]);
    await tx.query(sql.clearOutcomeNotes, [userId]);
    await tx.query(sql.deleteAvailability, [userId]);
  }
}
