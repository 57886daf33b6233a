import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import { EVENT_ATTENDANCE, type EventAttendance, type EventAttendanceView } from '@app/meetings';
import type { EventRow } from '../events.tables.js';

/** Meetings' EVENT_ATTENDANCE port: an event's time and place, and who is confirmed for it. */
@Injectable()
export class EventAttendanceRepository implements EventAttendance {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async attendance(
    eventId: string,
    companyIds: string[],
    tx?: Transaction,
  ): Promise<EventAttendanceView | null> {
    const [event]: (Pick<EventRow, 'starts_at' | 'ends_at' | 'venue'> & { confirmed: string[] })[] = await (
      tx ?? this.dataSource.manager
    ).query(
      `SELECT e.starts_at, e.ends_at, e.venue,
              array(SELECT DISTINCT r.company_id::text FROM event_registrations r
                     WHERE r.event_id = e.id AND r.status = 'CONFIRMED' AND r.company_id = ANY($2::uuid[])) AS confirmed
         FROM events e WHERE e.id = $1`,
      [eventId, companyIds],
    );
    return event
      ? {
          startsAt: event.starts_at,
          endsAt: event.ends_at,
          venue: event.venue,
          confirmedCompanyIds: event.confirmed,
        }
      : null;
  }
}

/**
 * Binds EVENT_ATTENDANCE for every module that asks for it (meetings sits below events and
 * cannot import it): global, imported once by EventsCoreModule and by the command line.
 */
@Global()
@Module({
  providers: [
    EventAttendanceRepository,
    { provide: EVENT_ATTENDANCE, useExisting: EventAttendanceRepository },
  ],
  exports: [EVENT_ATTENDANCE],
})
export class EventAttendanceModule {}
