import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ASSOCIATIONS_TIME_ZONE } from '@app/common';

/**
 * Adds counts of shown partners to today's row of each pair ($1[i] saw $2[i], $3[i] times), today
 * in the associations' zone ($4), the zone the partnership report reads days in.
 */
export const ADD_IMPRESSIONS_SQL = `INSERT INTO suggestion_impressions (company_id, partner_id, day, shown)
         SELECT c, p, (now() AT TIME ZONE $4)::date, n FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS t(c, p, n)
         ON CONFLICT (company_id, partner_id, day) DO UPDATE SET shown = suggestion_impressions.shown + EXCLUDED.shown`;

/** What members were shown, counted per pair and day, for the associations' partnership report. */
@Injectable()
export class ImpressionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds the counts in one statement. */
  async add(counts: { companyId: string; partnerId: string; shown: number }[]): Promise<void> {
    await this.dataSource.query(ADD_IMPRESSIONS_SQL, [
      counts.map((c) => c.companyId),
      counts.map((c) => c.partnerId),
      counts.map((c) => c.shown),
      ASSOCIATIONS_TIME_ZONE,
    ]);
  }
}
