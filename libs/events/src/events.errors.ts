import { ApiErrorCode, defineDomainErrors, type LocalizedText } from '@app/common';

export const EVENT_THING: LocalizedText = { fr: 'Événement', en: 'Event' };
export const REGISTRATION_THING: LocalizedText = { fr: 'Inscription', en: 'Registration' };
export const SCHEDULE_RUN_THING: LocalizedText = { fr: 'Planification', en: 'Scheduling run' };
export const PARTICIPANT_THING: LocalizedText = { fr: 'Participant', en: 'Participant' };

/** Every error of events, registrations and scheduling, with its contract code and message. */
export const eventsError = defineDomainErrors({
  REGISTRATION_NOT_OPEN: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Les inscriptions ouvrent le {opensAt}.', en: 'Registration opens on {opensAt}.' },
  },
  REGISTRATION_CLOSED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Les inscriptions à cet événement sont fermées.',
      en: 'Registration for this event is closed.',
    },
  },
  ALREADY_REGISTERED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette personne est déjà inscrite à cet événement (ou sur sa liste d’attente).',
      en: 'This person is already registered for this event (or on its waitlist).',
    },
  },
  NEEDS_COMPANY: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: 'Seule une personne rattachée à une entreprise peut s’inscrire : le tarif dépend de l’entreprise.',
      en: 'Only a person who belongs to a company can register: the price depends on the company.',
    },
  },
  ALREADY_CANCELLED: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cette inscription est déjà annulée.', en: 'This registration is already cancelled.' },
  },
  EVENT_OVER: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cet événement est terminé.', en: 'This event is over.' },
  },
  NO_PARTNERING_SESSION: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cet événement n’a pas de séance de rencontres (nombre de tables non défini).',
      en: 'This event has no partnering session (no number of tables set).',
    },
  },
  SCHEDULE_FAILED: {
    code: ApiErrorCode.INTERNAL_SERVER_ERROR,
    text: {
      fr: 'La planification a échoué ; rien n’a été publié. Réessayez dans un instant.',
      en: 'Scheduling failed; nothing was published. Please try again in a moment.',
    },
  },
  SCHEDULE_OUTDATED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Les demandes de rencontre ont changé pendant la planification ; relancez-la.',
      en: 'Meeting requests changed while scheduling; please run it again.',
    },
  },
  NOT_ATTENDING: {
    code: ApiErrorCode.BAD_USER_INPUT,
    text: {
      fr: 'Ces deux entreprises doivent être inscrites (confirmées) à l’événement.',
      en: 'Both companies must be registered (confirmed) for the event.',
    },
  },
});
