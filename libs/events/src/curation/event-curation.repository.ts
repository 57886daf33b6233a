import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MatchProfile } from '@app/match-scoring';
import { loadMatchProfiles } from '@app/matching';

/** A pair's curation by staff, as the candidates view shows it. */
export interface CurationRow {
  company_id: string;
  partner_id: string;
  status: 'PINNED' | 'HIDDEN';
  note: string | null;
  association: string | null;
  event_id: string | null;
}

/**
 * What event curation reads of matching: the profiles the engine scores (through matching's
 * exported loader) and the curations of pairs (`match_curations`, matching's table, which has no
 * exported look-up yet: kept here, in one place, until it does).
 */
@Injectable()
export class EventCurationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The profiles of every company open to matchmaking. */
  matchProfiles(): Promise<MatchProfile[]> {
    return loadMatchProfiles(this.dataSource.manager);
  }

  /** Every curation between two of the companies. */
  curationsAmong(companyIds: string[]): Promise<CurationRow[]> {
    return this.dataSource.query(
      `SELECT company_id, partner_id, status, note, association, event_id FROM match_curations
        WHERE company_id = ANY($1::uuid[]) AND partner_id = ANY($1::uuid[])`,
      [companyIds],
    );
  }
}
