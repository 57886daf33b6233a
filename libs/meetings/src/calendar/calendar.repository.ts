import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Locale } from '@app/common';
import type { Transaction } from '@app/database';

/** A seat of a meeting with the names a calendar file shows. */
export interface CalendarSeatRow {
  meeting_id: string;
  user_id: string;
  company_id: string;
  user_name: string;
  email: string;
  company_name: string;
  requester_id: string | null;
}

export interface CalendarOwnerRow {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  time_zone: string;
  company_id: string | null;
}

/**
 * The calendar links' queries: the secret token of each person (a column of `users`, auth's
 * table, kept here until auth exports it) and the seats with names that calendar files list.
 */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async tokensOf(userIds: readonly string[], tx?: Transaction): Promise<Map<string, string>> {
    const rows: { id: string; calendar_token: string }[] = await (tx ?? this.dataSource.manager).query(
      `SELECT id, calendar_token FROM users WHERE id = ANY($1::uuid[])`,
      [[...userIds]],
    );
    return new Map(rows.map((r) => [r.id, r.calendar_token]));
  }

  async ownerOf(token: string): Promise<CalendarOwnerRow | undefined> {
    const rows: CalendarOwnerRow[] = await this.dataSource.query(
      `SELECT id, name, email, locale, time_zone, company_id FROM users WHERE calendar_token = $1 AND deleted_at IS NULL`,
      [token],
    );
    return rows[0];
  }

  /** A new token for the person: every copy of the old link stops working. */
  async resetToken(userId: string): Promise<string> {
    const [rows]: [{ calendar_token: string }[], number] = await this.dataSource.query(
      `UPDATE users SET calendar_token = encode(gen_random_bytes(24), 'hex') WHERE id = $1 RETURNING calendar_token`,
      [userId],
    );
    return rows[0].calendar_token;
  }

  seatsOf(meetingIds: readonly string[]): Promise<CalendarSeatRow[]> {
    if (meetingIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT p.meeting_id, p.user_id, p.company_id, u.name AS user_name, u.email, c.name AS company_name,
              r.requester_id
         FROM meeting_participants p
         JOIN users u ON u.id = p.user_id
         JOIN companies c ON c.id = p.company_id
         JOIN meetings m ON m.id = p.meeting_id
         LEFT JOIN meeting_requests r ON r.id = m.request_id
        WHERE p.meeting_id = ANY($1::uuid[])
        ORDER BY c.name, u.name`,
      [[...meetingIds]],
    );
  }
}
