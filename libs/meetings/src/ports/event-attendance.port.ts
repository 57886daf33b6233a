// Which companies attend an event, read from the events domain without meetings depending on it:
// events sits above meetings, so it binds its implementation to this token (EventAttendanceModule
// in libs/events, a global module that EventsCoreModule imports).
import type { Transaction } from '@app/database';

/** An event as a meeting request made for it needs it. */
export interface EventAttendanceView {
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  /** Those of the companies asked about that are confirmed for the event. */
  confirmedCompanyIds: string[];
}

export interface EventAttendance {
  /** The event's time and place, and which of `companyIds` are confirmed for it; null when none. */
  attendance(eventId: string, companyIds: string[], tx?: Transaction): Promise<EventAttendanceView | null>;
}

export const EVENT_ATTENDANCE = Symbol('EventAttendance');
