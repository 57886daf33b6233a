import type { LocalizedText } from '@app/common';

/**
 * What a notification says, per kind: one sentence for the in-app list and an email subject, in
 * both languages. Placeholders: `{company}` and `{person}` (the other side), `{when}` (the
 * meeting's time in the reader's zone), and the optional `{reason}` and `{note}` lines that the
 * renderer adds when the parameters carry them.
 */
export interface NotificationTemplate {
  message: LocalizedText;
  subject: LocalizedText;
  /** The web app's page the email links to. */
  page: '/requests' | '/meetings' | '/missions';
}

export const NOTIFICATION_TEMPLATES = {
  MEETING_REQUEST_RECEIVED: {
    page: '/requests',
    message: {
      fr: '{person} ({company}) souhaite rencontrer votre entreprise.',
      en: '{person} from {company} would like to meet your company.',
    },
    subject: { fr: 'Nouvelle demande de rencontre de {company}', en: 'New meeting request from {company}' },
  },
  MEETING_REQUEST_ACCEPTED: {
    page: '/meetings',
    message: {
      fr: '{person} ({company}) a accepté votre demande de rencontre : {when}.',
      en: '{person} from {company} accepted your meeting request: {when}.',
    },
    subject: { fr: 'Rencontre confirmée avec {company}', en: 'Meeting confirmed with {company}' },
  },
  MEETING_REQUEST_ACCEPTED_AT_EVENT: {
    page: '/requests',
    message: {
      fr: '{person} ({company}) a accepté votre demande de rencontre ; elle sera placée à l’horaire de l’événement.',
      en: '{person} from {company} accepted your meeting request; it will be placed in the event’s schedule.',
    },
    subject: { fr: 'Demande acceptée par {company}', en: 'Request accepted by {company}' },
  },
  MEETING_REQUEST_DECLINED: {
    page: '/requests',
    message: {
      fr: '{company} a décliné votre demande de rencontre.',
      en: '{company} declined your meeting request.',
    },
    subject: {
      fr: 'Demande de rencontre déclinée par {company}',
      en: 'Meeting request declined by {company}',
    },
  },
  MEETING_REQUEST_CANCELLED: {
    page: '/requests',
    message: {
      fr: '{person} ({company}) a retiré sa demande de rencontre.',
      en: '{person} from {company} withdrew their meeting request.',
    },
    subject: {
      fr: 'Demande de rencontre retirée par {company}',
      en: 'Meeting request withdrawn by {company}',
    },
  },
  MEETING_REQUEST_EXPIRED: {
    page: '/requests',
    message: {
      fr: 'Votre demande de rencontre à {company} a expiré sans réponse.',
      en: 'Your meeting request to {company} expired without an answer.',
    },
    subject: { fr: 'Demande de rencontre expirée ({company})', en: 'Meeting request expired ({company})' },
  },
  MEETING_REQUEST_EXPIRED_INCOMING: {
    page: '/requests',
    message: {
      fr: 'La demande de rencontre de {company} a expiré sans réponse de votre entreprise.',
      en: 'The meeting request from {company} expired without an answer from your company.',
    },
    subject: { fr: 'Demande de rencontre expirée ({company})', en: 'Meeting request expired ({company})' },
  },
  MEETING_CANCELLED: {
    page: '/meetings',
    message: {
      fr: '{person} ({company}) a annulé votre rencontre du {when}.',
      en: '{person} from {company} cancelled your meeting on {when}.',
    },
    subject: { fr: 'Rencontre annulée avec {company}', en: 'Meeting cancelled with {company}' },
  },
  MEETING_SCHEDULED: {
    page: '/meetings',
    message: {
      fr: 'Votre rencontre avec {company} est à l’horaire : {when}.',
      en: 'Your meeting with {company} is scheduled: {when}.',
    },
    subject: { fr: 'Rencontre à l’horaire avec {company}', en: 'Meeting scheduled with {company}' },
  },
  MEETING_RESCHEDULE_PROPOSED: {
    page: '/meetings',
    message: {
      fr: '{person} ({company}) propose un nouvel horaire pour votre rencontre du {when} : choisissez-en un ou déclinez.',
      en: '{person} from {company} proposes a new time for your meeting on {when}: choose one or decline.',
    },
    subject: {
      fr: 'Nouvel horaire proposé par {company}',
      en: 'New meeting time proposed by {company}',
    },
  },
  MEETING_RESCHEDULED: {
    page: '/meetings',
    message: {
      fr: 'Votre rencontre avec {company} est déplacée : {when}.',
      en: 'Your meeting with {company} has moved: {when}.',
    },
    subject: { fr: 'Rencontre déplacée avec {company}', en: 'Meeting moved with {company}' },
  },
  MEETING_RESCHEDULE_DECLINED: {
    page: '/meetings',
    message: {
      fr: '{person} ({company}) a décliné le nouvel horaire proposé ; la rencontre reste le {when}.',
      en: '{person} from {company} declined the proposed new time; the meeting stays on {when}.',
    },
    subject: {
      fr: 'Nouvel horaire décliné par {company}',
      en: 'New meeting time declined by {company}',
    },
  },
  MEETING_RESCHEDULE_WITHDRAWN: {
    page: '/meetings',
    message: {
      fr: '{person} ({company}) a retiré le nouvel horaire proposé ; la rencontre reste le {when}.',
      en: '{person} from {company} withdrew the proposed new time; the meeting stays on {when}.',
    },
    subject: {
      fr: 'Nouvel horaire retiré par {company}',
      en: 'New meeting time withdrawn by {company}',
    },
  },
  MEETING_REMINDER_24H: {
    page: '/meetings',
    message: {
      fr: 'Rappel : votre rencontre avec {company} a lieu dans 24 heures ({when}).',
      en: 'Reminder: your meeting with {company} is in 24 hours ({when}).',
    },
    subject: {
      fr: 'Rappel : rencontre avec {company} demain',
      en: 'Reminder: meeting with {company} tomorrow',
    },
  },
  MEETING_REMINDER_15M: {
    page: '/meetings',
    message: {
      fr: 'Votre rencontre avec {company} commence dans 15 minutes ({when}).',
      en: 'Your meeting with {company} starts in 15 minutes ({when}).',
    },
    subject: {
      fr: 'Votre rencontre avec {company} commence bientôt',
      en: 'Your meeting with {company} starts soon',
    },
  },
  MISSION_OPENED: {
    page: '/missions',
    message: {
      fr: 'Appel de délégués : mission commerciale « {mission} » à {city}. Posez votre candidature avant le {deadline}.',
      en: 'Call for delegates: trade mission "{mission}" to {city}. Apply before {deadline}.',
    },
    subject: {
      fr: 'Mission commerciale à {city} : appel de délégués',
      en: 'Trade mission to {city}: call for delegates',
    },
  },
  MISSION_APPLICATION_SELECTED: {
    page: '/missions',
    message: {
      fr: 'Votre entreprise est retenue pour la mission commerciale « {mission} ».',
      en: 'Your company was selected for the trade mission "{mission}".',
    },
    subject: { fr: 'Candidature retenue : {mission}', en: 'Application selected: {mission}' },
  },
  MISSION_APPLICATION_WAITLISTED: {
    page: '/missions',
    message: {
      fr: 'Votre candidature à la mission commerciale « {mission} » est sur la liste d’attente.',
      en: 'Your application to the trade mission "{mission}" is on the waitlist.',
    },
    subject: { fr: 'Liste d’attente : {mission}', en: 'Waitlisted: {mission}' },
  },
  MISSION_APPLICATION_DECLINED: {
    page: '/missions',
    message: {
      fr: 'Votre candidature à la mission commerciale « {mission} » n’a pas été retenue.',
      en: 'Your application to the trade mission "{mission}" was not selected.',
    },
    subject: { fr: 'Candidature non retenue : {mission}', en: 'Application not selected: {mission}' },
  },
  MISSION_CANCELLED: {
    page: '/missions',
    message: {
      fr: 'La mission commerciale « {mission} » est annulée.',
      en: 'The trade mission "{mission}" is cancelled.',
    },
    subject: { fr: 'Mission annulée : {mission}', en: 'Trade mission cancelled: {mission}' },
  },
} satisfies Record<string, NotificationTemplate>;

export type NotificationKind = keyof typeof NOTIFICATION_TEMPLATES;

/** Labelled lines of an email, shown only when the notification carries the value. */
/** Who an erased account's person reads as (the same words as the API's User.name). */
export const ERASED_PERSON_NAME = { fr: 'Ancien participant', en: 'Former participant' };

export const EMAIL_LINES = {
  when: { fr: 'Quand : {value}', en: 'When: {value}' },
  location: { fr: 'Lieu : {value}', en: 'Where: {value}' },
  note: { fr: 'Message : « {value} »', en: 'Message: "{value}"' },
  reason: { fr: 'Motif : « {value} »', en: 'Reason: "{value}"' },
  icsUrl: { fr: 'Ajouter à votre agenda : {value}', en: 'Add to your calendar: {value}' },
  suggestions: {
    fr: 'Des entreprises qui vous conviendraient mieux : {value}',
    en: 'Companies that may suit you better: {value}',
  },
} satisfies Record<string, LocalizedText>;

export const EMAIL_FRAME = {
  greeting: { fr: 'Bonjour {name},', en: 'Hello {name},' },
  open: { fr: 'Ouvrir Passerelle : {url}', en: 'Open Passerelle: {url}' },
  footer: {
    fr: 'Passerelle, la plateforme de maillage de BIOQuébec et de Life Sciences Ontario.\nVous recevez ce courriel parce que vous êtes membre d’une entreprise inscrite.',
    en: 'Passerelle, the partnering platform of BIOQuébec and Life Sciences Ontario.\nYou receive this email because you are a member of a registered company.',
  },
} satisfies Record<string, LocalizedText>;

export const REASON_SUFFIX: LocalizedText = { fr: 'Motif : « {reason} »', en: 'Reason: "{reason}"' };
export const SUGGESTIONS_SUFFIX: LocalizedText = {
  fr: 'Des entreprises qui vous conviendraient mieux : {suggestions}.',
  en: 'Companies that may suit you better: {suggestions}.',
};
