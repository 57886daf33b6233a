import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { entityFromRow, preparedQuery, type TableShape } from '@app/database';
import { MeetingEntity } from '../entities/meeting.entity.js';
import { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { meetingRequestsTable, meetingsTable } from '../meetings.tables.js';

/** Where one company stands with another: the request waiting either way, the next meeting. */
export interface Standing {
  pendingRequest: MeetingRequestEntity | null;
  nextMeeting: MeetingEntity | null;
}

/** Every column of the table as `<alias>_<column>`: two tables' rows side by side in one result row. */
function columnsAs(alias: string, shape: TableShape): string {
  return Object.keys(shape.columns)
    .map((column) => `${alias}.${column} AS ${alias}_${column}`)
    .join(', ');
}

/**
 * For each company asked ($2, in order, repeats kept), the latest request waiting between it and
 * the company $1, either way (the pair written as the one-pending-per-pair index has it), and
 * the soonest scheduled meeting not over at $3 that people of both companies share. The
 * company's meetings to come are read once; each asked company only checks its seats among them.
 */
export const STANDINGS_SQL = `WITH upcoming AS MATERIALIZED (
  SELECT m.* FROM meetings m
   WHERE m.status = 'SCHEDULED' AND m.ends_at > $3
     AND EXISTS (SELECT 1 FROM meeting_participants mine WHERE mine.meeting_id = m.id AND mine.company_id = $1)
)
SELECT ${columnsAs('r', meetingRequestsTable)},
       ${columnsAs('m', meetingsTable)}
  FROM unnest($2::uuid[]) WITH ORDINALITY AS asked (company_id, position)
  LEFT JOIN LATERAL (
    SELECT * FROM meeting_requests
     WHERE status = 'PENDING'
       AND LEAST(from_company_id, to_company_id) = LEAST($1::uuid, asked.company_id)
       AND GREATEST(from_company_id, to_company_id) = GREATEST($1::uuid, asked.company_id)
     ORDER BY created_at DESC LIMIT 1
  ) r ON true
  LEFT JOIN LATERAL (
    SELECT * FROM upcoming u
     WHERE EXISTS (SELECT 1 FROM meeting_participants theirs
                    WHERE theirs.meeting_id = u.id AND theirs.company_id = asked.company_id)
     ORDER BY u.starts_at LIMIT 1
  ) m ON true
 ORDER BY asked.position`;

/** Where one company stands with others: the waiting requests and the meetings to come. */
@Injectable()
export class CompanyRelationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Where the company stands with each of the others at `now`, in their order: one statement
   * for a page of cards, prepared once per pooled connection (every feed page asks it).
   */
  async standingsWith(companyId: string, others: readonly string[], now: Date): Promise<Standing[]> {
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'company-standings',
      STANDINGS_SQL,
      [companyId, [...others], now],
    );
    return rows.map((row) => ({
      pendingRequest: entityFromRow(this.dataSource, MeetingRequestEntity, row, 'r'),
      nextMeeting: entityFromRow(this.dataSource, MeetingEntity, row, 'm'),
    }));
  }
}
