import { ApiErrorCode, defineDomainErrors, type LocalizedText } from '@app/common';

export const MISSION_THING: LocalizedText = { fr: 'Mission commerciale', en: 'Trade mission' };
export const APPLICATION_THING: LocalizedText = { fr: 'Candidature', en: 'Application' };

/** Every error of trade missions, with its contract code and message. */
export const missionError = defineDomainErrors({
  NOT_DRAFT: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Seule une mission en brouillon peut être ouverte.',
      en: 'Only a draft mission can be opened.',
    },
  },
  NOT_EDITABLE: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette mission ne peut plus être modifiée (statut {status}).',
      en: 'This mission can no longer be changed (status {status}).',
    },
  },
  NOT_OPEN: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette mission ne reçoit pas de candidatures.',
      en: 'This mission is not taking applications.',
    },
  },
  DEADLINE_PASSED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'La date limite des candidatures est passée.',
      en: 'The application deadline has passed.',
    },
  },
  ALREADY_APPLIED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Votre entreprise a déjà posé sa candidature à cette mission.',
      en: 'Your company has already applied to this mission.',
    },
  },
  NEEDS_COMPANY: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Seul un administrateur d’entreprise peut poser la candidature de son entreprise.',
      en: 'Only a company admin can apply for their company.',
    },
  },
  ALREADY_DECIDED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette candidature ne peut plus être retirée (statut {status}).',
      en: 'This application can no longer be withdrawn (status {status}).',
    },
  },
  WITHDRAWN: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cette candidature a été retirée.', en: 'This application was withdrawn.' },
  },
  DELEGATION_FULL: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'La délégation est complète : {size} entreprises déléguées sont déjà retenues.',
      en: 'The delegation is full: {size} delegate companies are already selected.',
    },
  },
  NOT_SELECTED: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Seule une entreprise retenue pour la mission peut indiquer ses préférences.',
      en: 'Only a company selected for the mission can set its preferences.',
    },
  },
  BAD_TRANSITION: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Une mission au statut {from} ne peut pas passer au statut {to}.',
      en: 'A mission with status {from} cannot move to {to}.',
    },
  },
  NOT_ARRANGED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Publiez d’abord les rencontres de la mission.',
      en: 'Publish the mission’s meetings first.',
    },
  },
  NOT_OVER: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'La mission n’est pas encore terminée.', en: 'The mission is not over yet.' },
  },
  NOT_RUNNING: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cette mission est terminée ou annulée.', en: 'This mission is over or cancelled.' },
  },
  CANCELLED: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cette mission est annulée.', en: 'This mission is cancelled.' },
  },
  FEE_NOT_DUE: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Seule une entreprise déléguée retenue paie des frais de participation.',
      en: 'Only a selected delegate company pays a mission fee.',
    },
  },
});
