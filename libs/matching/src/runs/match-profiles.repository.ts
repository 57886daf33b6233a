import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Transaction } from '@app/database';
import type { MatchProfile } from '@app/match-scoring';

interface ProfileRow {
  id: string;
  name: string;
  province: 'QC' | 'ON';
  languages: ('fr' | 'en')[];
  sectors: string[];
  therapeutic_areas: string[];
  modalities: string[];
  stage: string | null;
  offers: string[];
  seeks: string[];
  partnership_types: string[];
  size: string | null;
  description_fr: string | null;
  description_en: string | null;
  seeking_fr: string | null;
  seeking_en: string | null;
}

function bilingual(fr: string | null, en: string | null) {
  return { ...(fr ? { fr } : {}), ...(en ? { en } : {}) };
}

const PROFILE_COLUMNS = `id, name, province, languages, sectors, therapeutic_areas, modalities, stage, offers, seeks,
            partnership_types, size, description_fr, description_en, seeking_fr, seeking_en`;

/**
 * The profiles the engine scores: only companies that consented to matchmaking, in id order;
 * all of them, or those of `ids` (a profile is prepared on its own, so a pair needs only two).
 */
export async function loadMatchProfiles(manager: EntityManager, ids?: string[]): Promise<MatchProfile[]> {
  const rows: ProfileRow[] = await manager.query(
    `SELECT ${PROFILE_COLUMNS} FROM companies
      WHERE matchmaking_opt_in AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) ORDER BY id`,
    [ids ?? null],
  );
  return rows.map(toProfile);
}

/**
 * The profiles of named companies, consenting or not: those that applied to a trade mission are
 * scored against its other side (for staff choosing the delegation), never shown in feeds.
 */
export async function loadMatchProfilesOf(
  manager: EntityManager,
  ids: readonly string[],
): Promise<MatchProfile[]> {
  const rows: ProfileRow[] = await manager.query(
    `SELECT ${PROFILE_COLUMNS} FROM companies WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [[...ids]],
  );
  return rows.map(toProfile);
}

/**
 * The profiles the engine scores. They are read from the companies domain's table (the engine
 * needs every consenting profile in one statement, which no companies service offers yet): keep
 * these reads here, named as such, while the companies domain is refactored.
 */
@Injectable()
export class MatchProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every consenting company's profile (or those of `ids`), in id order. Reads `companies`. */
  consenting(ids?: string[], tx?: Transaction): Promise<MatchProfile[]> {
    return loadMatchProfiles(tx ?? this.dataSource.manager, ids);
  }
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
