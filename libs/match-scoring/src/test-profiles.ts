// Profile builder for the unit tests: a minimal valid profile with overrides.
import type { MatchProfile } from './types.js';

export function profile(id: string, over: Partial<MatchProfile> = {}): MatchProfile {
  return {
    id,
    name: id,
    province: 'QC',
    languages: ['fr', 'en'],
    sectors: ['biopharma'],
    therapeuticAreas: [],
    modalities: [],
    stage: null,
    offers: [],
    seeks: [],
    partnershipTypes: [],
    description: {},
    seeking: {},
    ...over,
  };
}
