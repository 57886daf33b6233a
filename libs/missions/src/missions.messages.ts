import type { LocalizedText } from '@app/common';

/** Field messages (BAD_USER_INPUT) and texts of trade missions. */
export const MISSION_MESSAGES = {
  outOfRange: {
    fr: 'doit être un entier de {min} à {max}.',
    en: 'must be a whole number from {min} to {max}.',
  },
  endsBeforeStart: { fr: 'doit être après le début.', en: 'must be after the start.' },
  tooManyDays: { fr: 'une mission dure au plus {max} jours.', en: 'a mission lasts at most {max} days.' },
  deadlineAfterStart: {
    fr: 'doit précéder le début de la mission.',
    en: 'must be before the mission starts.',
  },
  badTime: { fr: 'doit être une heure HH:MM.', en: 'must be a time HH:MM.' },
  dailyEndBeforeStart: { fr: 'doit être après l’heure de début.', en: 'must be after the daily start.' },
  noSlot: {
    fr: 'la plage quotidienne doit contenir au moins une rencontre de {minutes} minutes.',
    en: 'the daily window must hold at least one {minutes}-minute meeting.',
  },
  unknownAssociation: { fr: 'doit être BIOQUEBEC ou LSO.', en: 'must be BIOQUEBEC or LSO.' },
  notYourAssociation: {
    fr: 'le personnel organise les missions de sa propre association.',
    en: 'staff organize missions of their own association.',
  },
  wrongSideDelegate: {
    fr: 'une entreprise déléguée vient de la province qui voyage ({province}).',
    en: 'a delegate company comes from the travelling province ({province}).',
  },
  wrongSideHost: {
    fr: 'une entreprise hôte vient de la province d’accueil ({province}).',
    en: 'a host company comes from the host province ({province}).',
  },
  notEditableOpen: {
    fr: 'ne peut plus changer une fois la mission ouverte.',
    en: 'cannot change once the mission is open.',
  },
  decisionStatus: {
    fr: 'doit être SELECTED, WAITLISTED ou DECLINED.',
    en: 'must be SELECTED, WAITLISTED or DECLINED.',
  },
  tooManyMustMeet: { fr: 'au plus {max} entreprises.', en: 'at most {max} companies.' },
  notOtherSide: {
    fr: '« {value} » n’est pas une entreprise retenue de l’autre côté de la mission.',
    en: '"{value}" is not a selected company on the other side of the mission.',
  },
  bothLists: {
    fr: '« {value} » ne peut pas être à la fois à rencontrer et à éviter.',
    en: '"{value}" cannot be both must-meet and avoided.',
  },
} satisfies Record<string, LocalizedText>;

/** Why a wanted meeting was left out of an arrangement, in both languages. */
export const UNPLACED_REASONS = {
  AVOIDED: {
    fr: '{delegate} et {host} : l’une des deux entreprises a demandé à ne pas rencontrer l’autre.',
    en: '{delegate} and {host}: one of the two companies asked not to meet the other.',
  },
  CAPACITY: {
    fr: '{delegate} et {host} : l’une des deux entreprises a déjà toutes ses rencontres.',
    en: '{delegate} and {host}: one of the two companies already has all its meetings.',
  },
  NO_COMMON_TIME: {
    fr: '{delegate} et {host} : aucune plage libre commune.',
    en: '{delegate} and {host}: no free time slot in common.',
  },
} satisfies Record<string, LocalizedText>;

/** Columns of the selection export, in the reader's language. */
export const SELECTION_COLUMNS = {
  company: { fr: 'Entreprise', en: 'Company' },
  province: { fr: 'Province', en: 'Province' },
  role: { fr: 'Rôle', en: 'Role' },
  status: { fr: 'Statut', en: 'Status' },
  marketFit: { fr: 'Adéquation au marché', en: 'Market fit' },
  strongMatches: { fr: 'Correspondances fortes', en: 'Strong matches' },
  objectives: { fr: 'Objectifs', en: 'Objectives' },
  appliedAt: { fr: 'Candidature le', en: 'Applied at' },
} satisfies Record<string, LocalizedText>;

/** Labels of the mission report's CSV, in the reader's language. */
export const REPORT_LABELS = {
  figure: { fr: 'Indicateur', en: 'Figure' },
  value: { fr: 'Valeur', en: 'Value' },
  delegates: { fr: 'Entreprises déléguées', en: 'Delegate companies' },
  hosts: { fr: 'Entreprises hôtes', en: 'Host companies' },
  meetingsArranged: { fr: 'Rencontres organisées', en: 'Meetings arranged' },
  meetingsHeld: { fr: 'Rencontres tenues', en: 'Meetings held' },
  noShows: { fr: 'Absences', en: 'No-shows' },
  followUpsPlanned: { fr: 'Suivis prévus', en: 'Follow-ups planned' },
  partnershipsDiscussed: { fr: 'Partenariats discutés', en: 'Partnerships discussed' },
  stage: { fr: 'Étape', en: 'Stage' },
  company: { fr: 'Entreprise', en: 'Company' },
  fee: { fr: 'Frais ($, taxes incluses)', en: 'Fee ($, taxes included)' },
  feePaidOn: { fr: 'Frais payés le', en: 'Fee paid on' },
} satisfies Record<string, LocalizedText>;
