// The profile vocabulary is bundled from the API's own copy (libs/taxonomy), so labels never
// drift between the server and the forms; no request is needed to fill a list. The data file
// itself, not @app/taxonomy: the library's index brings server code the browser bundle must not.
// eslint-disable-next-line house/public-index-only
import { TAXONOMY } from '../../../../libs/taxonomy/src/taxonomy.data';
import type { Locale } from '../i18n/translate';
import type { Option } from '../ui/MultiSelect';

type Labels = Record<string, { fr: string; en: string }>;

export const CODE_LISTS = {
  sectors: TAXONOMY.sectors,
  therapeuticAreas: TAXONOMY.therapeuticAreas,
  modalities: TAXONOMY.modalities,
  stages: TAXONOMY.stages,
  capabilities: TAXONOMY.capabilities.codes,
  partnershipTypes: TAXONOMY.partnershipTypes,
  sizes: TAXONOMY.sizes,
  languages: TAXONOMY.languages,
  provinces: TAXONOMY.provinces,
  associations: TAXONOMY.associations,
} as const;

export type CodeList = keyof typeof CODE_LISTS;

/** Ordered as the taxonomy lists them (stages and sizes have a natural order) or alphabetically. */
export function optionsOf(list: CodeList, locale: Locale, sorted = true): Option[] {
  const options = Object.entries(CODE_LISTS[list] as Labels).map(([code, labels]) => ({
    code,
    label: labels[locale],
  }));
  return sorted ? options.sort((a, b) => a.label.localeCompare(b.label, locale)) : options;
}

export function labelOf(list: CodeList, code: string, locale: Locale): string {
  return (CODE_LISTS[list] as Labels)[code]?.[locale] ?? code;
}
