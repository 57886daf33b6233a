// An import record as the engine's MatchProfile (what the real pipeline reads from the database).
import type { ImportCompany } from './types.js';
import type { MatchProfile } from '@app/match-scoring';

export function toMatchProfile(c: ImportCompany): MatchProfile {
  return {
    id: c.externalId,
    name: c.name,
    province: c.province,
    languages: c.languages,
    sectors: c.sectors,
    therapeuticAreas: c.therapeuticAreas ?? [],
    modalities: c.modalities ?? [],
    stage: c.stage ?? null,
    offers: c.offers ?? [],
    seeks: c.seeks ?? [],
    partnershipTypes: c.partnershipTypes ?? [],
    size: c.size ?? null,
    description: c.description ?? {},
    seeking: c.seeking ?? {},
  };
}
