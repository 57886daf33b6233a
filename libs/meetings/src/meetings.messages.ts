import type { LocalizedText } from '@app/common';

/** Why a field of a meetings operation is refused; the path names the field. */
export const MEETING_FIELD_MESSAGES = {
  inPast: { fr: 'est dans le passé.', en: 'is in the past.' },
  endBeforeStart: { fr: 'doit finir après son début.', en: 'must end after it starts.' },
  tooShort: { fr: 'doit durer au moins {min} minutes.', en: 'must last at least {min} minutes.' },
  tooLong: { fr: 'doit durer au plus {max} heures.', en: 'must last at most {max} hours.' },
  tooManyProposals: {
    fr: 'peut proposer au plus {max} plages horaires.',
    en: 'can propose at most {max} time ranges.',
  },
  overlapsProposal: {
    fr: 'chevauche la plage proposée n° {other}.',
    en: 'overlaps proposed range #{other}.',
  },
  outsideYourAvailability: {
    fr: 'est en dehors de vos disponibilités.',
    en: 'is outside your availability.',
  },
  outsideAvailabilityOf: {
    fr: 'est en dehors des disponibilités de {person}.',
    en: 'is outside the availability of {person}.',
  },
  overlapsYourMeeting: { fr: 'chevauche une de vos rencontres.', en: 'overlaps one of your meetings.' },
  ownCompany: {
    fr: 'est votre propre entreprise : demandez une rencontre à une autre entreprise.',
    en: 'is your own company: ask another company for a meeting.',
  },
  notOptedIn: {
    fr: 'désigne une entreprise qui n’a pas consenti au maillage et ne reçoit pas de demandes de rencontre.',
    en: 'is a company that has not opted in to matchmaking and does not take meeting requests.',
  },
  slotsOrEvent: {
    fr: 'proposez d’une à trois plages horaires, ou choisissez un événement auquel les deux entreprises participent.',
    en: 'propose one to three time ranges, or choose an event both companies attend.',
  },
  eventNotFound: { fr: 'ne correspond à aucun événement.', en: 'is not a known event.' },
  eventOver: { fr: 'désigne un événement terminé.', en: 'is an event that is over.' },
  notRegistered: {
    fr: '{company} n’est pas inscrite (confirmée) à cet événement.',
    en: '{company} is not registered (confirmed) for this event.',
  },
  outsideEvent: { fr: 'doit se situer pendant l’événement.', en: 'must fall within the event.' },
  chooseSlot: {
    fr: 'choisissez une des plages proposées, ou donnez-en une autre.',
    en: 'choose one of the proposed ranges, or give one of your own.',
  },
  wallClock: {
    fr: 'doit être une heure HH:MM, de 00:00 à 24:00.',
    en: 'must be a time HH:MM, from 00:00 to 24:00.',
  },
  tooMany: { fr: 'doit compter au plus {max} éléments.', en: 'must have at most {max} items.' },
  noShowUseful: {
    fr: 'une rencontre à laquelle l’autre partie ne s’est pas présentée ne peut pas avoir été utile.',
    en: 'a meeting the other side did not attend cannot have been useful.',
  },
  noShowDiscussed: {
    fr: 'aucun partenariat n’a pu être discuté si l’autre partie ne s’est pas présentée.',
    en: 'no partnership can have been discussed if the other side did not attend.',
  },
  daysOutOfRange: { fr: 'doit être un entier de 1 à {max}.', en: 'must be a whole number from 1 to {max}.' },
  overlapsMeetingOf: { fr: 'chevauche une rencontre de {person}.', en: 'overlaps a meeting of {person}.' },
  overlapsAMeeting: {
    fr: 'chevauche une autre rencontre d’un participant.',
    en: 'overlaps another meeting of a participant.',
  },
  oneToThree: { fr: 'proposez d’une à trois plages horaires.', en: 'propose one to three time ranges.' },
  notProposed: { fr: 'doit être une des plages proposées.', en: 'must be one of the proposed ranges.' },
  sameTime: { fr: 'est l’horaire actuel de la rencontre.', en: 'is the meeting’s current time.' },
  toBeforeFrom: { fr: 'doit être après « from ».', en: 'must be after "from".' },
} satisfies Record<string, LocalizedText>;
