// The kinds of companies in Québec's and Ontario's life sciences, as latent profiles: what each
// truly is, offers and needs, before the noise of a real profile (tags left out, needs written
// only in prose). Needs depend on kind and stage the way they do in the field.
import type { Prng } from './prng.js';

export type Kind =
  | 'developer'
  | 'medtech'
  | 'diagnostics'
  | 'digital'
  | 'cro'
  | 'cdmo'
  | 'investor'
  | 'hospital'
  | 'institute'
  | 'services'
  | 'distributor';

export interface Latent {
  kind: Kind;
  province: 'QC' | 'ON';
  languages: Array<'fr' | 'en'>;
  sectors: string[];
  areas: string[];
  modalities: string[];
  stage: string | null;
  /** Stages an investor funds. */
  fundedStages: string[];
  offers: string[];
  needs: string[];
  partnershipTypes: string[];
}

export const AREA_CODES = [
  'oncology',
  'neurology',
  'mental_health',
  'cardiovascular',
  'infectious_disease',
  'immunology',
  'rare_diseases',
  'metabolic',
  'respiratory',
  'ophthalmology',
  'dermatology',
  'hematology',
  'gastroenterology',
  'musculoskeletal',
  'womens_health',
  'aging',
];
export const DRUG_MODALITIES = [
  'small_molecule',
  'biologics',
  'cell_therapy',
  'gene_therapy',
  'rna',
  'vaccines',
  'radiopharmaceuticals',
  'peptides',
];
export const STAGE_ORDER = [
  'discovery',
  'preclinical',
  'phase1',
  'phase2',
  'phase3',
  'regulatory_review',
  'commercial',
];

/** The manufacturing capability a modality needs. */
export function manufacturingOf(modality: string): string {
  if (['cell_therapy', 'gene_therapy'].includes(modality)) return 'cell_gene_manufacturing';
  if (['small_molecule', 'radiopharmaceuticals', 'peptides', 'drug_delivery'].includes(modality))
    return 'gmp_small_molecule';
  if (['medical_device', 'in_vitro_diagnostic', 'imaging', 'biomaterials'].includes(modality))
    return 'device_manufacturing';
  return 'gmp_biologics';
}

export const KIND_WEIGHTS: Array<[Kind, number]> = [
  ['developer', 34],
  ['medtech', 10],
  ['diagnostics', 6],
  ['digital', 7],
  ['cro', 8],
  ['cdmo', 7],
  ['investor', 7],
  ['hospital', 5],
  ['institute', 5],
  ['services', 6],
  ['distributor', 5],
];

export function languagesFor(rng: Prng, province: 'QC' | 'ON'): Array<'fr' | 'en'> {
  return province === 'QC'
    ? rng.weighted<Array<'fr' | 'en'>>([
        [['fr'], 45],
        [['fr', 'en'], 50],
        [['en'], 5],
      ])
    : rng.weighted<Array<'fr' | 'en'>>([
        [['en'], 80],
        [['en', 'fr'], 20],
      ]);
}

function stageNeeds(stage: string): string[] {
  const order = STAGE_ORDER.indexOf(stage);
  if (order <= 1)
    return ['preclinical_services', 'equity_investment', 'research_collaboration', 'non_dilutive_funding'];
  if (order <= 3) return ['clinical_trial_services', 'manufacturing', 'equity_investment', 'clinical_sites'];
  if (order <= 5) return ['regulatory_affairs', 'distribution', 'market_access', 'clinical_trial_services'];
  return ['distribution', 'market_access'];
}

/** A random latent company of `kind`; `overrides` fix what a planted partnership needs. */
export function makeLatent(
  rng: Prng,
  kind: Kind,
  province: 'QC' | 'ON',
  overrides: Partial<Latent> = {},
): Latent {
  const base: Latent = {
    kind,
    province,
    languages: languagesFor(rng, province),
    sectors: [],
    areas: rng.sample(AREA_CODES, rng.int(1, 2)),
    modalities: [],
    stage: null,
    fundedStages: [],
    offers: [],
    needs: [],
    partnershipTypes: [],
  };
  const pickNeeds = (pool: string[], min: number, max: number) => rng.sample(pool, rng.int(min, max));
  switch (kind) {
    case 'developer': {
      const modality = rng.pick(DRUG_MODALITIES);
      const stage = rng.weighted<string>([
        ['discovery', 1],
        ['preclinical', 4],
        ['phase1', 4],
        ['phase2', 3],
        ['phase3', 1.5],
        ['regulatory_review', 0.7],
        ['commercial', 0.8],
      ]);
      Object.assign(base, {
        sectors: ['biopharma'],
        modalities: [modality],
        stage,
        offers: ['licensing_asset'],
        needs: pickNeeds(stageNeeds(stage), 1, 3),
        partnershipTypes: ['co_development', 'licensing'],
      });
      if (rng.chance(0.25)) base.offers.push('technology_platform');
      break;
    }
    case 'medtech': {
      const stage = rng.pick(['preclinical', 'phase1', 'phase2', 'regulatory_review', 'commercial']);
      const late = STAGE_ORDER.indexOf(stage) >= 5;
      Object.assign(base, {
        sectors: ['medtech'],
        modalities: rng.chance(0.3) ? ['medical_device', 'ai_ml'] : ['medical_device'],
        stage,
        offers: ['technology_platform'],
        needs: pickNeeds(
          late
            ? ['distribution', 'regulatory_affairs', 'market_access']
            : ['device_manufacturing', 'regulatory_affairs', 'clinical_sites', 'equity_investment'],
          1,
          2,
        ),
        partnershipTypes: ['manufacturing', 'distribution'],
      });
      break;
    }
    case 'diagnostics':
      Object.assign(base, {
        sectors: ['diagnostics'],
        modalities: rng.chance(0.4) ? ['in_vitro_diagnostic', 'genomics'] : ['in_vitro_diagnostic'],
        stage: rng.pick(['preclinical', 'regulatory_review', 'commercial']),
        offers: ['technology_platform'],
        needs: pickNeeds(
          ['clinical_sites', 'regulatory_affairs', 'distribution', 'bioinformatics', 'equity_investment'],
          1,
          2,
        ),
        partnershipTypes: ['clinical_collaboration', 'distribution'],
      });
      break;
    case 'digital':
      Object.assign(base, {
        sectors: ['digital_health'],
        modalities: ['ai_ml'],
        stage: rng.pick(['preclinical', 'commercial', null]),
        offers: ['technology_platform', 'data_analytics'],
        needs: pickNeeds(['clinical_sites', 'equity_investment', 'distribution', 'regulatory_affairs'], 1, 2),
        partnershipTypes: ['clinical_collaboration', 'research_collaboration'],
      });
      break;
    case 'cro':
      Object.assign(base, {
        sectors: ['cro'],
        areas: rng.chance(0.3) ? [] : rng.sample(AREA_CODES, rng.int(2, 4)),
        offers: [
          'clinical_trial_services',
          ...(rng.chance(0.4) ? ['preclinical_services'] : []),
          ...(rng.chance(0.3) ? ['regulatory_affairs'] : []),
        ],
        needs: rng.chance(0.3) ? ['talent_training'] : [],
        partnershipTypes: ['service_agreement'],
      });
      break;
    case 'cdmo': {
      const line = rng.weighted<string[]>([
        [['biologics', 'vaccines'], 3],
        [['small_molecule', 'peptides'], 3],
        [['cell_therapy', 'gene_therapy'], 2],
        [['medical_device'], 1.5],
      ]);
      Object.assign(base, {
        sectors: ['cdmo'],
        areas: [],
        modalities: line,
        offers: [manufacturingOf(line[0]), 'process_development'],
        needs: rng.chance(0.4) ? ['talent_training'] : [],
        partnershipTypes: ['manufacturing', 'service_agreement'],
      });
      break;
    }
    case 'investor': {
      const start = rng.int(0, 4);
      const funded = STAGE_ORDER.slice(start, start + rng.int(2, 3));
      Object.assign(base, {
        sectors: ['investor'],
        areas: rng.sample(AREA_CODES, rng.int(1, 3)),
        stage: funded[0],
        fundedStages: funded,
        offers: ['equity_investment'],
        needs: rng.chance(0.5) ? ['licensing_asset'] : [],
        partnershipTypes: ['investment'],
      });
      break;
    }
    case 'hospital':
      Object.assign(base, {
        sectors: ['hospital'],
        areas: rng.sample(AREA_CODES, rng.int(2, 3)),
        offers: ['clinical_sites', 'research_collaboration'],
        needs: ['technology_platform'],
        partnershipTypes: ['clinical_collaboration', 'research_collaboration'],
      });
      break;
    case 'institute':
      Object.assign(base, {
        sectors: ['research_institute'],
        offers: [
          'research_collaboration',
          ...rng.sample(
            ['preclinical_services', 'lab_space', 'bioinformatics', 'talent_training'],
            rng.int(0, 2),
          ),
        ],
        needs: pickNeeds(['non_dilutive_funding', 'technology_platform'], 0, 1),
        partnershipTypes: ['research_collaboration'],
      });
      break;
    case 'services':
      Object.assign(base, {
        sectors: ['professional_services'],
        areas: [],
        modalities: rng.chance(0.5) ? [rng.pick(['medical_device', 'small_molecule', 'biologics'])] : [],
        offers: rng.sample(
          ['regulatory_affairs', 'market_access', 'ip_legal', 'data_analytics'],
          rng.int(1, 2),
        ),
        needs: [],
        partnershipTypes: ['service_agreement'],
      });
      break;
    case 'distributor':
      Object.assign(base, {
        sectors: ['biopharma'],
        stage: 'commercial',
        offers: ['distribution', ...(rng.chance(0.5) ? ['market_access'] : [])],
        needs: ['licensing_asset'],
        partnershipTypes: ['distribution', 'licensing'],
      });
      break;
  }
  return { ...base, ...overrides };
}
