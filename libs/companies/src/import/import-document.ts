/** One company of an import file, as company-import.md defines it, after validation. */
export interface ImportCompany {
  externalId: string;
  name: string;
  province: 'QC' | 'ON';
  city: string | null;
  memberships: { association: 'BIOQUEBEC' | 'LSO'; memberSince: string | null; expiresOn: string | null }[];
  website: string | null;
  languages: ('fr' | 'en')[];
  size: string | null;
  sectors: string[];
  therapeuticAreas: string[];
  modalities: string[];
  stage: string | null;
  offers: string[];
  seeks: string[];
  partnershipTypes: string[];
  descriptionFr: string | null;
  descriptionEn: string | null;
  seekingFr: string | null;
  seekingEn: string | null;
  matchmakingOptIn: boolean;
  contacts: { email: string; name: string; role: 'MEMBER' | 'COMPANY_ADMIN'; locale: 'fr' | 'en' }[];
}

export const COMPANY_FIELDS = [
  'externalId',
  'name',
  'province',
  'city',
  'memberships',
  'website',
  'languages',
  'size',
  'sectors',
  'therapeuticAreas',
  'modalities',
  'stage',
  'offers',
  'seeks',
  'partnershipTypes',
  'description',
  'seeking',
  'matchmakingOptIn',
  'contacts',
] as const;
