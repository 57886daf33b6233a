// Needs and offers a profile implies without stating them, from the company's kind and stage: a
// CRO offers trial services, a phase II developer needs trials and clinical supply, an investor
// offers equity. They are weak (DEFAULT_WEIGHTS.implied) and only fill in what tags and text leave
// out, because many members fill their profile in partly.
import type { CapabilityCode } from '../codes.js';
import type { MatchProfile } from '../types.js';

/** Manufacturing of the company's own modality, resolved by the caller. */
export const IMPLIED_MANUFACTURING = 'manufacturing';

export type Implied = Array<[CapabilityCode | typeof IMPLIED_MANUFACTURING, number]>;

const SECTOR_OFFERS: Record<string, Implied> = {
  cro: [
    ['clinical_trial_services', 1],
    ['preclinical_services', 0.6],
    ['regulatory_affairs', 0.3],
  ],
  cdmo: [['process_development', 0.8]],
  investor: [['equity_investment', 1]],
  hospital: [
    ['clinical_sites', 1],
    ['research_collaboration', 0.7],
  ],
  research_institute: [
    ['research_collaboration', 1],
    ['preclinical_services', 0.3],
    ['lab_space', 0.3],
    ['talent_training', 0.3],
  ],
  digital_health: [
    ['technology_platform', 0.8],
    ['data_analytics', 0.6],
  ],
  diagnostics: [['technology_platform', 0.6]],
  medtech: [['technology_platform', 0.5]],
};

const SECTOR_SEEKS: Record<string, Implied> = {
  investor: [['licensing_asset', 0.5]],
  hospital: [
    ['technology_platform', 0.5],
    ['research_collaboration', 0.3],
  ],
  research_institute: [['non_dilutive_funding', 0.3]],
  digital_health: [
    ['clinical_sites', 0.5],
    ['distribution', 0.3],
  ],
  diagnostics: [
    ['clinical_sites', 0.5],
    ['regulatory_affairs', 0.4],
  ],
  medtech: [
    ['device_manufacturing', 0.5],
    ['regulatory_affairs', 0.5],
    ['clinical_sites', 0.4],
  ],
  // A natural-health brand has its products made, licensed (NPN), sold, and its claims studied.
  natural_health: [
    ['distribution', 0.5],
    ['process_development', 0.4],
    ['regulatory_affairs', 0.4],
    ['clinical_trial_services', 0.3],
  ],
};

/** What a therapeutic developer needs at each stage (by stage order, 1 = discovery). */
function developerNeeds(order: number): Implied {
  if (order <= 0) return [['equity_investment', 0.5]];
  if (order <= 2)
    return [
      ['preclinical_services', 0.6],
      ['equity_investment', 0.6],
      ['research_collaboration', 0.4],
      ['non_dilutive_funding', 0.3],
    ];
  if (order <= 4)
    return [
      ['clinical_trial_services', 0.7],
      [IMPLIED_MANUFACTURING, 0.6],
      ['clinical_sites', 0.5],
      ['equity_investment', 0.6],
    ];
  if (order <= 6)
    return [
      ['regulatory_affairs', 0.6],
      ['market_access', 0.5],
      ['distribution', 0.5],
      ['clinical_trial_services', 0.5],
    ];
  return [
    ['distribution', 0.6],
    ['market_access', 0.6],
  ];
}

/**
 * `stage`: the lead program's stage order, tagged or read from the text (0: unknown). A developer
 * past discovery has an asset to license or co-develop; one whose stage is unknown likely has too.
 */
export function impliedOffers(profile: MatchProfile, offersDistribution: boolean, stage: number): Implied {
  const out: Implied = profile.sectors.flatMap((s) => SECTOR_OFFERS[s] ?? []);
  if (profile.sectors.includes('biopharma') && !offersDistribution) {
    if (stage >= 2) out.push(['licensing_asset', 0.6]);
    else if (stage === 0) out.push(['licensing_asset', 0.3]);
  }
  return out;
}

export function impliedSeeks(profile: MatchProfile, offersDistribution: boolean, stage: number): Implied {
  const out: Implied = profile.sectors.flatMap((s) => SECTOR_SEEKS[s] ?? []);
  if (profile.sectors.includes('biopharma') && !offersDistribution) out.push(...developerNeeds(stage));
  if (profile.sectors.includes('medtech') && stage >= 5) out.push(['distribution', 0.6]);
  if (offersDistribution) out.push(['licensing_asset', 0.6]);
  return out;
}
