import type { LocalizedText } from '@app/common';

/** Field messages of event input, in both languages. */
export const EVENT_MESSAGES = {
  endBeforeStart: { fr: 'doit être après le début.', en: 'must be after the start.' },
  inPast: { fr: 'doit être dans le futur.', en: 'must be in the future.' },
  tooLongEvent: { fr: 'un événement dure au plus {days} jours.', en: 'an event lasts at most {days} days.' },
  intRange: {
    fr: 'doit être un entier de {min} à {max}.',
    en: 'must be a whole number from {min} to {max}.',
  },
  unknownOrganizer: {
    fr: '« {value} » n’est pas une association (BIOQUEBEC ou LSO).',
    en: '"{value}" is not an association (BIOQUEBEC or LSO).',
  },
  atLeastOneOrganizer: {
    fr: 'doit nommer au moins une association.',
    en: 'must name at least one association.',
  },
  mustIncludeOwnAssociation: {
    fr: 'doit inclure votre association ({association}).',
    en: 'must include your association ({association}).',
  },
  venueForProvince: {
    fr: 'est obligatoire pour un événement en personne (province donnée).',
    en: 'is required for an in-person event (a province is given).',
  },
  priceAboveNonMember: {
    fr: 'ne peut dépasser le tarif non-membre.',
    en: 'cannot be more than the non-member price.',
  },
  opensAfterCloses: {
    fr: 'doit précéder la fermeture des inscriptions.',
    en: 'must be before registration closes.',
  },
  closesAfterEnd: {
    fr: 'doit être au plus tard à la fin de l’événement.',
    en: 'must be no later than the end of the event.',
  },
  badDate: { fr: 'doit être une date AAAA-MM-JJ.', en: 'must be a date YYYY-MM-DD.' },
  badTime: { fr: 'doit être une heure HH:MM (24 h).', en: 'must be a time HH:MM (24-hour).' },
  dayOutsideEvent: {
    fr: 'doit tomber pendant l’événement ({first} au {last}).',
    en: 'must fall during the event ({first} to {last}).',
  },
  duplicateDay: { fr: 'le {value} est déjà donné.', en: '{value} is given twice.' },
  endNotAfterStart: { fr: 'doit être après l’heure de début.', en: 'must be after the start time.' },
  breakOutsideDay: { fr: 'doit être dans les heures de la journée.', en: 'must be within the day’s hours.' },
  breaksOverlap: { fr: 'chevauche une autre pause.', en: 'overlaps another break.' },
  sessionOutsideEvent: {
    fr: 'doit être dans les heures de l’événement.',
    en: 'must be within the event’s hours.',
  },
  tablesForSession: {
    fr: 'est obligatoire quand des journées de rencontres sont données.',
    en: 'is required when partnering days are given.',
  },
  noSlot: {
    fr: 'aucun créneau de {minutes} minutes ne tient dans la séance de rencontres.',
    en: 'no {minutes}-minute slot fits in the partnering session.',
  },
  tooManySlots: {
    fr: 'la séance compte {count} créneaux ; au plus {max}.',
    en: 'the session has {count} slots; at most {max}.',
  },
  tablesBelowPublished: {
    fr: 'au moins {count} : autant de rencontres publiées partagent déjà un créneau.',
    en: 'at least {count}: that many published meetings already share a slot.',
  },
  reportTooLong: {
    fr: 'la période couvre au plus {years} ans.',
    en: 'the period covers at most {years} years.',
  },
  capacityBelowRegistered: {
    fr: 'ne peut être inférieure aux {count} inscriptions confirmées.',
    en: 'cannot be below the {count} confirmed registrations.',
  },
} satisfies Record<string, LocalizedText>;

export const TIER_LABELS: Record<string, LocalizedText> = {
  MEMBER: { fr: 'Membre d’une association organisatrice', en: 'Member of an organizing association' },
  PARTNER_MEMBER: { fr: 'Membre de l’association partenaire', en: 'Member of the partner association' },
  NON_MEMBER: { fr: 'Non-membre', en: 'Non-member' },
};

export const TAX_LABELS: Record<string, LocalizedText> = {
  GST: { fr: 'TPS', en: 'GST' },
  QST: { fr: 'TVQ', en: 'QST' },
  HST: { fr: 'TVH', en: 'HST' },
};

export const ASSOCIATION_NAMES: Record<string, string> = {
  BIOQUEBEC: 'BIOQuébec',
  LSO: 'Life Sciences Ontario',
};

/** Why the scheduler left a request unplaced, for staff. */
export const UNPLACED_REASONS: Record<string, LocalizedText> = {
  NO_COMMON_SLOT: {
    fr: 'les deux personnes n’ont aucun créneau libre en commun',
    en: 'the two people share no slot they can attend',
  },
  PARTICIPANT_FULL: {
    fr: 'une des personnes a déjà autant de rencontres que de créneaux libres',
    en: 'one of the people already has as many meetings as free slots',
  },
  NO_TABLE: {
    fr: 'aucune table libre dans leurs créneaux communs',
    en: 'no table left in their common slots',
  },
  CONFLICT: {
    fr: 'leurs créneaux communs sont pris par d’autres rencontres',
    en: 'their common slots are taken by other meetings',
  },
  NO_THANKS: {
    fr: 'l’une des deux entreprises a indiqué ne pas souhaiter cette rencontre à l’événement',
    en: 'one of the two companies said it will not take this meeting at the event',
  },
};

export const SCHEDULE_LINES = {
  unplaced: { fr: '{from} ↔ {to} : {reason}', en: '{from} ↔ {to}: {reason}' },
} satisfies Record<string, LocalizedText>;
