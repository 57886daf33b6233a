import type { CompanyEntity } from '../company.entity.js';
import type { CompanyProfileInput } from '../dto/company.inputs.js';
import { cleanText, type ProfileDraft } from './profile-rules.js';

const TEXT_FIELDS = [
  'name',
  'city',
  'website',
  'size',
  'stage',
  'descriptionFr',
  'descriptionEn',
  'seekingFr',
  'seekingEn',
] as const;
const LIST_FIELDS = [
  'languages',
  'sectors',
  'therapeuticAreas',
  'modalities',
  'offers',
  'seeks',
  'partnershipTypes',
] as const;

/** Fields the matching engine reads: a change to one of them rescores the company. */
export const MATCHING_FIELDS: (keyof CompanyEntity)[] = [
  'languages',
  'sectors',
  'therapeuticAreas',
  'modalities',
  'stage',
  'offers',
  'seeks',
  'partnershipTypes',
  'descriptionFr',
  'descriptionEn',
  'seekingFr',
  'seekingEn',
  'matchmakingOptIn',
  'province',
];

/** The API input as a draft: only the fields given, texts trimmed, lists without blanks. */
export function draftFromInput(input: CompanyProfileInput): ProfileDraft {
  const draft: ProfileDraft = {};
  for (const field of TEXT_FIELDS) {
    if (input[field] !== undefined) (draft as Record<string, unknown>)[field] = cleanText(input[field]);
  }
  for (const field of LIST_FIELDS) {
    const values = input[field] as string[] | null | undefined;
    if (values !== undefined) draft[field] = (values ?? []).map((v) => v.trim());
  }
  if (draft.name === null) draft.name = '';
  return draft;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Applies a draft to a company; returns the names of the fields whose value changed. */
export function applyDraft(
  company: CompanyEntity,
  draft: ProfileDraft & { matchmakingOptIn?: boolean },
): string[] {
  const changed: string[] = [];
  for (const [field, value] of Object.entries(draft)) {
    if (value === undefined) continue;
    const current = (company as unknown as Record<string, unknown>)[field];
    if (!same(current, value)) {
      (company as unknown as Record<string, unknown>)[field] = value;
      changed.push(field);
    }
  }
  return changed;
}
