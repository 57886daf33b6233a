import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A seat of a meeting as a calendar file needs it (names come from SeatNames). */
export interface CalendarSeatRef {
  meeting_id: string;
  userId: string;
  companyId: string;
  requester_id: string | null;
}

/** The seats calendar files list (the links' tokens are auth's: PeopleRepository). */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  seatsOf(meetingIds: readonly string[]): Promise<CalendarSeatRef[]> {
    if (meetingIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT p.meeting_id, p.user_id AS "userId", p.company_id AS "companyId", r.requester_id
         FROM meeting_participants p
         JOIN meetings m ON m.id = p.meeting_id
         LEFT JOIN meeting_requests r ON r.id = m.request_id
        WHERE p.meeting_id = ANY($1::uuid[])`,
      [[...meetingIds]],
    );
  }
}
