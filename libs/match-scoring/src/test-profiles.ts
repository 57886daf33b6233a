// Profile builder for the unit tests: a minimal valid profile with overrides, and a viewer's feed.
import { prepareProfiles } from './engine/prepare.js';
import { scoreCompany } from './engine/rank.js';
import type { MatchProfile } from './types.js';

/** The viewer's feed (partner ids, best first) among `profiles`. */
export const rank = (profiles: MatchProfile[], viewer: string): string[] =>
  scoreCompany(prepareProfiles(profiles), viewer, 20).map((s) => s.partnerId);

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
