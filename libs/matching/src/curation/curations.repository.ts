import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { MatchCurationRow } from '../matching.tables.js';

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

/** A curation as staff store it: the pair, the staff's words, and the engine's view kept with it. */
export interface CurationWrite {
  companyId: string;
  partnerId: string;
  status: MatchCurationRow['status'];
  note: string | null;
  association: string | null;
  eventId: string | null;
  score: number;
  theyOffer: number;
  theySeek: number;
  reasons: unknown[];
  curatedBy: string;
}

/** Staff's curations of `match_curations`, and the reads other domains make of them (events show and schedule by them). */
@Injectable()
export class CurationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pins or hides the pair one way, replacing its earlier curation. */
  async store(c: CurationWrite, tx?: Transaction): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `INSERT INTO match_curations (company_id, partner_id, status, note, association, event_id, score,
                                    they_offer, they_seek, reasons, curated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (company_id, partner_id) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note,
         association = EXCLUDED.association, event_id = EXCLUDED.event_id, score = EXCLUDED.score,
         they_offer = EXCLUDED.they_offer, they_seek = EXCLUDED.they_seek,
         reasons = EXCLUDED.reasons, curated_by = EXCLUDED.curated_by, updated_at = now()`,
      [
        c.companyId,
        c.partnerId,
        c.status,
        c.note,
        c.association,
        c.eventId,
        c.score,
        c.theyOffer,
        c.theySeek,
        JSON.stringify(c.reasons),
        c.curatedBy,
      ],
    );
  }

  /** Clears the pair's curation, one way. */
  async remove(companyId: string, partnerId: string, tx?: Transaction): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `DELETE FROM match_curations WHERE company_id = $1 AND partner_id = $2`,
      [companyId, partnerId],
    );
  }

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
