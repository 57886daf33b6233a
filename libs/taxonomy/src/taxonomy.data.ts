// The controlled vocabulary of company profiles (version 1), copied from the product contract.
// Codes are stable identifiers; labels are what people read, in French and English.
import { COMPANY_LISTS } from './company-lists.data.js';
import { PARTNERING_LISTS } from './partnering-lists.data.js';

export const TAXONOMY = {
  version: 1,
  about:
    'Controlled vocabulary for company profiles. Codes are stable identifiers; labels are shown to people in French (fr) or English (en).',
  ...COMPANY_LISTS,
  ...PARTNERING_LISTS,
} as const;
