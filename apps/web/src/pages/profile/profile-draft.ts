import type { CompanyProfileInput, EditableProfileQuery } from '../../graphql/generated/graphql';

type Company = NonNullable<EditableProfileQuery['company']>;

export const LIST_FIELDS = [
  'sectors',
  'therapeuticAreas',
  'modalities',
  'offers',
  'seeks',
  'partnershipTypes',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export interface ProfileDraft {
  name: string;
  city: string;
  website: string;
  languages: ('fr' | 'en')[];
  size: string;
  stage: string;
  sectors: string[];
  therapeuticAreas: string[];
  modalities: string[];
  offers: string[];
  seeks: string[];
  partnershipTypes: string[];
  descriptionFr: string;
  descriptionEn: string;
  seekingFr: string;
  seekingEn: string;
  matchmakingOptIn: boolean;
}

export function draftOf(c: Company): ProfileDraft {
  const codes = (list: { code: string }[]) => list.map((l) => l.code);
  return {
    name: c.name,
    city: c.city ?? '',
    website: c.website ?? '',
    languages: [...c.languages],
    size: c.size?.code ?? '',
    stage: c.stage?.code ?? '',
    sectors: codes(c.sectors),
    therapeuticAreas: codes(c.therapeuticAreas),
    modalities: codes(c.modalities),
    offers: codes(c.offers),
    seeks: codes(c.seeks),
    partnershipTypes: codes(c.partnershipTypes),
    descriptionFr: c.descriptionFr ?? '',
    descriptionEn: c.descriptionEn ?? '',
    seekingFr: c.seekingFr ?? '',
    seekingEn: c.seekingEn ?? '',
    matchmakingOptIn: c.matchmakingOptIn,
  };
}

/** Only what changed is sent (the API changes only what is given). */
export function changesOf(before: ProfileDraft, after: ProfileDraft): CompanyProfileInput {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ProfileDraft)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) input[key] = after[key];
  }
  return input as CompanyProfileInput;
}
