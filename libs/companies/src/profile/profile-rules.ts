import { COMMON_MESSAGES, type FieldProblems, type LocalizedText } from '@app/common';
import { isCode, type CodeListName } from '@app/taxonomy';

/** Profile fields as both the API and the import give them, after trimming. */
export interface ProfileDraft {
  name?: string;
  city?: string | null;
  website?: string | null;
  languages?: string[];
  size?: string | null;
  sectors?: string[];
  therapeuticAreas?: string[];
  modalities?: string[];
  stage?: string | null;
  offers?: string[];
  seeks?: string[];
  partnershipTypes?: string[];
  descriptionFr?: string | null;
  descriptionEn?: string | null;
  seekingFr?: string | null;
  seekingEn?: string | null;
}

export const LIMITS = { name: 200, city: 200, website: 500, description: 5000, seeking: 2000 };

const AT_LEAST_ONE: LocalizedText = {
  fr: 'doit contenir au moins un élément.',
  en: 'must contain at least one item.',
};

const CODE_FIELDS: [keyof ProfileDraft, CodeListName][] = [
  ['sectors', 'sectors'],
  ['therapeuticAreas', 'therapeuticAreas'],
  ['modalities', 'modalities'],
  ['offers', 'capabilities'],
  ['seeks', 'capabilities'],
  ['partnershipTypes', 'partnershipTypes'],
];

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkCodes(problems: FieldProblems, path: string, values: string[], list: CodeListName) {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (!isCode(list, value)) problems.add(`${path}[${i}]`, COMMON_MESSAGES.unknownCode, { value, list });
    else if (seen.has(value)) problems.add(`${path}[${i}]`, COMMON_MESSAGES.duplicateValue, { value });
    seen.add(value);
  });
}

function checkLength(problems: FieldProblems, path: string, value: string | null | undefined, max: number) {
  if (value && value.length > max) problems.add(path, COMMON_MESSAGES.tooLong, { max });
}

/**
 * The rules of a profile, in one place for the API and the import. `pathOf` names a field the way
 * the caller's input does (`input.offers`, `companies[3].offers`, `companies[3].description.fr`).
 */
export function checkProfile(
  draft: ProfileDraft,
  problems: FieldProblems,
  pathOf: (field: keyof ProfileDraft) => string,
): void {
  if (draft.name !== undefined && !draft.name) problems.add(pathOf('name'), COMMON_MESSAGES.required);
  checkLength(problems, pathOf('name'), draft.name, LIMITS.name);
  checkLength(problems, pathOf('city'), draft.city, LIMITS.city);
  if (draft.website && !isHttpUrl(draft.website)) problems.add(pathOf('website'), COMMON_MESSAGES.invalidUrl);
  checkLength(problems, pathOf('website'), draft.website, LIMITS.website);
  if (draft.languages) {
    if (draft.languages.length === 0) problems.add(pathOf('languages'), AT_LEAST_ONE);
    const seen = new Set<string>();
    draft.languages.forEach((value, i) => {
      if (value !== 'fr' && value !== 'en') {
        problems.add(`${pathOf('languages')}[${i}]`, COMMON_MESSAGES.unknownCode, {
          value,
          list: 'languages',
        });
      } else if (seen.has(value)) {
        problems.add(`${pathOf('languages')}[${i}]`, COMMON_MESSAGES.duplicateValue, { value });
      }
      seen.add(value);
    });
  }
  if (draft.sectors && draft.sectors.length === 0) problems.add(pathOf('sectors'), AT_LEAST_ONE);
  for (const [field, list] of CODE_FIELDS) {
    const values = draft[field] as string[] | undefined;
    if (values) checkCodes(problems, pathOf(field), values, list);
  }
  if (draft.size && !isCode('sizes', draft.size)) {
    problems.add(pathOf('size'), COMMON_MESSAGES.unknownCode, { value: draft.size, list: 'sizes' });
  }
  if (draft.stage && !isCode('stages', draft.stage)) {
    problems.add(pathOf('stage'), COMMON_MESSAGES.unknownCode, { value: draft.stage, list: 'stages' });
  }
  checkLength(problems, pathOf('descriptionFr'), draft.descriptionFr, LIMITS.description);
  checkLength(problems, pathOf('descriptionEn'), draft.descriptionEn, LIMITS.description);
  checkLength(problems, pathOf('seekingFr'), draft.seekingFr, LIMITS.seeking);
  checkLength(problems, pathOf('seekingEn'), draft.seekingEn, LIMITS.seeking);
}

/** Trims text as the import format promises; an empty text clears the field. */
export function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
