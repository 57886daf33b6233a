import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Transaction } from '@app/database';
import type { MatchProfile } from '@app/match-scoring';
import type { CompanyRow } from '../companies.tables.js';

type ProfileRow = Pick<
  CompanyRow,
  | 'id'
  | 'name'
  | 'sectors'
  | 'therapeutic_areas'
  | 'modalities'
  | 'stage'
  | 'offers'
  | 'seeks'
  | 'partnership_types'
  | 'size'
  | 'description_fr'
  | 'description_en'
  | 'seeking_fr'
  | 'seeking_en'
> & { province: MatchProfile['province']; languages: MatchProfile['languages'] };

/** Whether a company takes part in matchmaking, and the version of its profile a score was made from. */
export interface MatchmakingState {
  optIn: boolean;
  profileVersion: number;
}

const PROFILE_COLUMNS = `id, name, province, languages, sectors, therapeutic_areas, modalities, stage, offers, seeks,
            partnership_types, size, description_fr, description_en, seeking_fr, seeking_en`;

/**
 * What the matching engine reads of companies (matching's runs, feeds and curation, events'
 * curation, missions' selection): profiles in the engine's shape, one statement per list.
 */
@Injectable()
export class MatchProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(tx?: Transaction) {
    return tx ?? this.dataSource.manager;
  }

  /**
   * The profiles the engine scores: only companies that consented to matchmaking, in id order;
   * all of them, or those of `ids` (a profile is prepared on its own, so a pair needs only two).
   */
  async consenting(ids?: readonly string[], tx?: Transaction): Promise<MatchProfile[]> {
    const rows: ProfileRow[] = await this.db(tx).query(
      `SELECT ${PROFILE_COLUMNS} FROM companies
        WHERE matchmaking_opt_in AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) ORDER BY id`,
      [ids ? [...ids] : null],
    );
    return rows.map(toProfile);
  }

  /**
   * The profiles of named companies, consenting or not: those that applied to a trade mission are
   * scored against its other side (for staff choosing the delegation), never shown in feeds.
   */
  async of(ids: readonly string[], tx?: Transaction): Promise<MatchProfile[]> {
    const rows: ProfileRow[] = await this.db(tx).query(
      `SELECT ${PROFILE_COLUMNS} FROM companies WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [[...ids]],
    );
    return rows.map(toProfile);
  }

  /** Each existing company's consent and profile version (what a stored pair score is valid for). */
  async states(ids: readonly string[]): Promise<Map<string, MatchmakingState>> {
    const rows: Pick<CompanyRow, 'id' | 'matchmaking_opt_in' | 'profile_version'>[] = await this.db().query(
      `SELECT id, matchmaking_opt_in, profile_version FROM companies WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(
      rows.map((r) => [r.id, { optIn: r.matchmaking_opt_in, profileVersion: r.profile_version }]),
    );
  }

  /**
   * Companies whose profile changed after `since` (a timestamp as PostgreSQL writes it, so that
   * no microsecond is lost), with the version they are at now.
   */
  changedSince(since: string): Promise<{ id: string; profile_version: number }[]> {
    return this.db().query(`SELECT id, profile_version FROM companies WHERE updated_at > $1::timestamptz`, [
      since,
    ]);
  }
}

function bilingual(fr: string | null, en: string | null) {
  return { ...(fr ? { fr } : {}), ...(en ? { en } : {}) };
}

function toProfile(r: ProfileRow): MatchProfile {
  return {
    id: r.id,
    name: r.name,
    province: r.province,
    languages: r.languages,
    sectors: r.sectors,
    therapeuticAreas: r.therapeutic_areas,
    modalities: r.modalities,
    stage: r.stage,
    offers: r.offers,
    seeks: r.seeks,
    partnershipTypes: r.partnership_types,
    size: r.size,
    description: bilingual(r.description_fr, r.description_en),
    seeking: bilingual(r.seeking_fr, r.seeking_en),
  };
}
