import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';

/** A pair's curation by staff, as the event's candidates view shows it. */
export interface PairCurationRow {
  company_id: string;
  partner_id: string;
  status: 'PINNED' | 'HIDDEN';
  note: string | null;
  association: string | null;
  event_id: string | null;
}

/** Whether staff pinned a pair for one event, or at all: the scheduler's priorities. */
export interface PairPins {
  curated_for_event: boolean;
  pinned: boolean;
}

/** Whether staff pinned each pair ($2[i], $3[i]), either way, for the event $1 or at all. */
export const PAIR_PINS_SQL = `SELECT
              EXISTS (SELECT 1 FROM match_curations c WHERE c.status = 'PINNED' AND c.event_id = $1
                        AND ((c.company_id, c.partner_id) IN ((t.a, t.b), (t.b, t.a)))) AS curated_for_event,
              EXISTS (SELECT 1 FROM match_curations c WHERE c.status = 'PINNED'
                        AND ((c.company_id, c.partner_id) IN ((t.a, t.b), (t.b, t.a)))) AS pinned
         FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS t(a, b, idx)
        ORDER BY t.idx`;

/** Reads of `match_curations` for other domains (events shows and schedules by them). */
@Injectable()
export class CurationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every curation between two of the companies. */
  among(companyIds: string[]): Promise<PairCurationRow[]> {
    return this.dataSource.query(
      `SELECT company_id, partner_id, status, note, association, event_id FROM match_curations
        WHERE company_id = ANY($1::uuid[]) AND partner_id = ANY($1::uuid[])`,
      [companyIds],
    );
  }

  /** For each pair, in order, whether staff pinned it for the event or at all. */
  async pins(eventId: string, pairs: { a: string; b: string }[], tx?: Transaction): Promise<PairPins[]> {
    if (pairs.length === 0) return [];
    return (tx ?? this.dataSource.manager).query(PAIR_PINS_SQL, [
      eventId,
      pairs.map((p) => p.a),
      pairs.map((p) => p.b),
    ]);
  }
}
