import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Province } from '@app/companies';
import { REPORT_BY_GROUP_SQL, REPORT_BY_PROVINCE_SQL, REPORT_TOTALS_SQL } from './partnership-report.sql.js';

/** One group of the partnership report: a month or an event, by province and sector. */
export interface PartnershipReportRow {
  dimension: 'MONTH' | 'EVENT';
  key: string;
  province: Province | null;
  sector: string | null;
  suggestions_shown: number;
  requests: number;
  cross_border_requests: number;
  meetings_held: number;
  cross_border_meetings_held: number;
  follow_ups: number;
  partnerships_discussed: number;
  no_shows: number;
}

/**
 * The partnership report's statements (partnership-report.sql.ts, snapshot-tested). They count
 * across domains (suggestions shown, requests, meetings, outcomes, registrations) in one statement
 * each, reading the other domains' rows through the read models those domains publish.
 */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Groups, totals and per-month province lines over [from, to] (calendar days in `timeZone`). */
  partnership(from: string, to: string, timeZone: string): Promise<PartnershipReportRow[][]> {
    const params = [from, to, timeZone];
    return Promise.all([
      this.dataSource.query(REPORT_BY_GROUP_SQL, params),
      this.dataSource.query(REPORT_TOTALS_SQL, params),
      this.dataSource.query(REPORT_BY_PROVINCE_SQL, params),
    ]);
  }
}
