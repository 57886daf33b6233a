import type { LocalizedText } from '@app/common';

export const COMPANY_THING: LocalizedText = { fr: 'Entreprise', en: 'Company' };
