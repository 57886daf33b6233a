// Which offers meet which needs, and what must fit for the match to be worth anything. A need is
// met in full by the same capability and in part by a neighbour (a hospital's sites partly meet a
// need for trial services); each need then checks what matters for it: manufacturing the modality,
// clinical and research work the therapeutic area, investors the stage, distributors late assets.
import { CAPABILITIES, CAPABILITY_COUNT, MODALITY_INDEX, cap, type CapabilityCode } from '../codes.js';
import { MANUFACTURING_BY_MODALITY } from '../text/manufacturing.js';

/** compat[need * C + offer]: how much `offer` meets `need` (1 on the diagonal). */
export const COMPAT = new Float32Array(CAPABILITY_COUNT * CAPABILITY_COUNT);
/** compatOffers[need]: bitmask of the offers that meet it at all. */
export const COMPAT_OFFERS = new Uint32Array(CAPABILITY_COUNT);

const NEIGHBOURS: Array<[CapabilityCode, CapabilityCode, number]> = [
  // [need, offer that partly meets it, share]
  ['clinical_trial_services', 'clinical_sites', 0.55],
  ['clinical_sites', 'clinical_trial_services', 0.6],
  ['gmp_biologics', 'process_development', 0.4],
  ['gmp_biologics', 'cell_gene_manufacturing', 0.35],
  ['cell_gene_manufacturing', 'gmp_biologics', 0.35],
  ['cell_gene_manufacturing', 'process_development', 0.4],
  ['gmp_small_molecule', 'process_development', 0.4],
  ['process_development', 'gmp_biologics', 0.7],
  ['process_development', 'gmp_small_molecule', 0.7],
  ['process_development', 'cell_gene_manufacturing', 0.7],
  ['process_development', 'device_manufacturing', 0.5],
  ['device_manufacturing', 'process_development', 0.3],
  ['regulatory_affairs', 'market_access', 0.3],
  ['regulatory_affairs', 'clinical_trial_services', 0.3],
  ['market_access', 'regulatory_affairs', 0.35],
  ['market_access', 'distribution', 0.5],
  ['distribution', 'market_access', 0.5],
  ['data_analytics', 'bioinformatics', 0.6],
  ['data_analytics', 'technology_platform', 0.4],
  ['bioinformatics', 'data_analytics', 0.6],
  ['research_collaboration', 'technology_platform', 0.35],
  ['research_collaboration', 'clinical_sites', 0.4],
  ['research_collaboration', 'preclinical_services', 0.3],
  ['preclinical_services', 'research_collaboration', 0.4],
  ['technology_platform', 'data_analytics', 0.4],
  ['technology_platform', 'research_collaboration', 0.3],
  ['equity_investment', 'non_dilutive_funding', 0.3],
  // A fund does not give grants; it is only a fallback for money.
  ['non_dilutive_funding', 'equity_investment', 0.15],
  ['lab_space', 'research_collaboration', 0.2],
  ['talent_training', 'research_collaboration', 0.2],
  ['licensing_asset', 'technology_platform', 0.3],
];

for (let c = 0; c < CAPABILITY_COUNT; c++) {
  COMPAT[c * CAPABILITY_COUNT + c] = 1;
  COMPAT_OFFERS[c] = 1 << c;
}
for (const [need, offer, share] of NEIGHBOURS) {
  COMPAT[cap(need) * CAPABILITY_COUNT + cap(offer)] = share;
  COMPAT_OFFERS[cap(need)] |= 1 << cap(offer);
}

/** What a need checks beyond the capability itself (bit flags). */
export const FIT = {
  AREA: 1, // shared therapeutic areas (clinical, research, distribution, investment)
  AREA_SOFT: 2, // areas help a little (analytics, platforms, market access)
  MODALITY: 4, // the provider works with the seeker's modality (manufacturing, process development)
  MODALITY_SOFT: 8, // modality helps a little (research, licensing, platforms)
  MODALITY_CLASS: 16, // drug vs device vs digital (regulatory, market access, distribution)
  STAGE_INVESTOR: 32, // the investor funds the seeker's stage
  STAGE_LATE_SEEKER: 64, // the seeker's product is late enough to distribute
  STAGE_ASSET: 128, // the licensed asset's stage suits the seeker (late for distributors)
  CLASS_FOCUS: 256, // drug vs device vs digital, only when both sides say (a therapeutics fund)
  STAGE_SERVICE: 512, // the phases a trial provider says it runs suit the seeker's (a phase I unit)
} as const;

const RULES: Record<CapabilityCode, number> = {
  research_collaboration: FIT.AREA | FIT.MODALITY_SOFT,
  preclinical_services: FIT.AREA_SOFT | FIT.MODALITY_SOFT,
  clinical_trial_services: FIT.AREA | FIT.STAGE_SERVICE,
  clinical_sites: FIT.AREA | FIT.STAGE_SERVICE,
  process_development: FIT.MODALITY,
  gmp_small_molecule: FIT.MODALITY,
  gmp_biologics: FIT.MODALITY,
  cell_gene_manufacturing: FIT.MODALITY,
  device_manufacturing: FIT.MODALITY,
  regulatory_affairs: FIT.MODALITY_CLASS,
  market_access: FIT.AREA_SOFT | FIT.MODALITY_CLASS,
  distribution: FIT.AREA | FIT.STAGE_LATE_SEEKER | FIT.MODALITY_CLASS,
  ip_legal: 0,
  data_analytics: FIT.AREA_SOFT,
  bioinformatics: FIT.MODALITY_SOFT,
  lab_space: 0,
  equity_investment: FIT.AREA | FIT.STAGE_INVESTOR | FIT.CLASS_FOCUS,
  non_dilutive_funding: 0,
  licensing_asset: FIT.AREA | FIT.STAGE_ASSET | FIT.MODALITY_SOFT | FIT.CLASS_FOCUS,
  technology_platform: FIT.AREA_SOFT | FIT.MODALITY_SOFT,
  talent_training: 0,
};

export const FIT_RULES = Uint16Array.from(CAPABILITIES.map((c) => RULES[c]));

/**
 * MADE_FROM[c]: the modalities a manufacturing capability is for (gmp_biologics: antibodies,
 * vaccines, RNA …); 0 for other capabilities. A plant that rules out biologics meets no biologics
 * need, whatever else the client makes.
 */
export const MADE_FROM = new Uint32Array(CAPABILITY_COUNT);
for (const [modality, made] of Object.entries(MANUFACTURING_BY_MODALITY))
  for (const [code, share] of made!)
    if (share >= 0.7) MADE_FROM[cap(code)] |= 1 << MODALITY_INDEX.get(modality)!;
