import { ApiErrorCode, defineDomainErrors, type LocalizedText } from '@app/common';

export const matchingError = defineDomainErrors({
  RUN_IN_PROGRESS: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Un recalcul complet vient de démarrer ; réessayez dans un instant.',
      en: 'A full rescoring has just started; try again in a moment.',
    },
  },
  NO_COMPANY: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: 'Votre compte n’est rattaché à aucune entreprise : précisez companyId.',
      en: 'Your account belongs to no company: give a companyId.',
    },
  },
  NO_COMPANY_TO_DISMISS_FOR: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: 'Votre compte n’est rattaché à aucune entreprise : il n’a pas de suggestions à écarter.',
      en: 'Your account belongs to no company: it has no suggestions to dismiss.',
    },
  },
  SAME_PROVINCE: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: 'Les suggestions relient une entreprise du Québec et une de l’Ontario.',
      en: 'Suggestions pair a Québec company with an Ontario one.',
    },
  },
});

export const RUN_THING: LocalizedText = { fr: 'Calcul des suggestions', en: 'Matching run' };
export const PARTNER_THING: LocalizedText = { fr: 'Partenaire', en: 'Partner' };
