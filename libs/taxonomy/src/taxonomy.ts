import type { Locale } from '@app/common';
import { TAXONOMY } from './taxonomy.data.js';

/** The code lists of a company profile, by the name used in the import format and the API. */
export const CODE_LISTS = {
  sectors: TAXONOMY.sectors,
  therapeuticAreas: TAXONOMY.therapeuticAreas,
  modalities: TAXONOMY.modalities,
  stages: TAXONOMY.stages,
  capabilities: TAXONOMY.capabilities.codes,
  partnershipTypes: TAXONOMY.partnershipTypes,
  sizes: TAXONOMY.sizes,
  associations: TAXONOMY.associations,
  provinces: TAXONOMY.provinces,
} as const;

export type CodeListName = keyof typeof CODE_LISTS;

export function isCode(list: CodeListName, code: string): boolean {
  return Object.prototype.hasOwnProperty.call(CODE_LISTS[list], code);
}

/** The label people read; an unknown code (from an older taxonomy) is shown as itself. */
export function labelOf(list: CodeListName, code: string, locale: Locale): string {
  const entry = (CODE_LISTS[list] as Record<string, { fr: string; en: string }>)[code];
  return entry ? entry[locale] : code;
}

export function codesOf(list: CodeListName): string[] {
  return Object.keys(CODE_LISTS[list]);
}
