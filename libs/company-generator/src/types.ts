// The import format of docs/company-import (the JSON that association staff import), and the
// generator's options and result.

export interface ImportCompany {
  externalId: string;
  name: string;
  province: 'QC' | 'ON';
  city?: string;
  memberships: Array<{ association: 'BIOQUEBEC' | 'LSO'; memberSince?: string; expiresOn?: string }>;
  website?: string;
  languages: Array<'fr' | 'en'>;
  size?: string;
  sectors: string[];
  therapeuticAreas?: string[];
  modalities?: string[];
  stage?: string;
  offers?: string[];
  seeks?: string[];
  partnershipTypes?: string[];
  description?: { fr?: string; en?: string };
  seeking?: { fr?: string; en?: string };
  matchmakingOptIn?: boolean;
  contacts?: Array<{ email: string; name: string; role: 'MEMBER' | 'COMPANY_ADMIN'; locale: 'fr' | 'en' }>;
}

/** A planted partnership: b is a good partner for a (and a for b), graded 1 (fair) to 3 (excellent). */
export interface PlantedPair {
  a: string;
  b: string;
  grade: 1 | 2 | 3;
}

export interface GenerateOptions {
  seed: number;
  quebec: number;
  ontario: number;
  /** Planted partnerships (default: a third of the smaller province). */
  plantedPairs?: number;
  /** Phrasing templates: 'standard', or 'holdout' (other wording, for checking overfitting). */
  phrasing?: 'standard' | 'holdout';
  /** How much of a profile is left out of its tags, 0..1 (default 0.45; the rest is in text). */
  tagDropout?: number;
}

export interface GeneratedSet {
  companies: ImportCompany[];
  planted: PlantedPair[];
}
