import { ApiErrorCode, defineDomainErrors, type LocalizedText } from '@app/common';

export const MEETING_REQUEST_THING: LocalizedText = { fr: 'Demande de rencontre', en: 'Meeting request' };
export const MEETING_THING: LocalizedText = { fr: 'Rencontre', en: 'Meeting' };
export const RESCHEDULE_THING: LocalizedText = {
  fr: 'Proposition de nouvel horaire',
  en: 'Proposal of a new time',
};

/** Every error of meeting requests, meetings and their outcomes, with its contract code. */
export const meetingError = defineDomainErrors({
  NO_COMPANY: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Seules les personnes d’une entreprise membre peuvent demander des rencontres ou en noter le résultat.',
      en: 'Only people of a member company can request meetings or record their outcome.',
    },
  },
  SENDER_NOT_OPTED_IN: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Votre entreprise n’a pas consenti au maillage : un administrateur de l’entreprise peut l’activer dans son profil.',
      en: 'Your company has not opted in to matchmaking: a company administrator can turn it on in the profile.',
    },
  },
  DAILY_LIMIT: {
    code: ApiErrorCode.RATE_LIMITED,
    text: {
      fr: 'Votre entreprise a envoyé {limit} demandes de rencontre au cours des dernières 24 heures. Vous pourrez en envoyer une autre le {when}.',
      en: 'Your company has sent {limit} meeting requests in the last 24 hours. You can send another on {when}.',
    },
  },
  UNANSWERED_LIMIT: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: '{company} a laissé {limit} demandes de votre entreprise sans réponse. Vous pourrez lui en envoyer une autre le {when}.',
      en: '{company} has left {limit} of your company’s requests unanswered. You can send it another on {when}.',
    },
  },
  PENDING_EXISTS: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Une demande de rencontre de votre entreprise à {company} attend déjà une réponse.',
      en: 'A meeting request from your company to {company} is already waiting for an answer.',
    },
  },
  PENDING_FROM_THEM: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: '{company} a déjà envoyé une demande de rencontre à votre entreprise : répondez-y plutôt.',
      en: '{company} has already sent your company a meeting request: answer it instead.',
    },
  },
  NOT_RECIPIENT: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Seules les personnes de {company} peuvent répondre à cette demande.',
      en: 'Only people of {company} can answer this request.',
    },
  },
  NOT_REQUESTER: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Seule la personne qui a envoyé cette demande, ou un administrateur de son entreprise, peut la retirer.',
      en: 'Only the person who sent this request, or an administrator of their company, can withdraw it.',
    },
  },
  NOT_ALL_RECEIVED: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Vous ne pouvez décliner que des demandes reçues par votre entreprise ; aucune demande n’a été déclinée.',
      en: 'You can only decline requests received by your company; no request was declined.',
    },
  },
  REQUEST_ACCEPTED: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cette demande a déjà été acceptée.', en: 'This request has already been accepted.' },
  },
  REQUEST_DECLINED: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cette demande a déjà été déclinée.', en: 'This request has already been declined.' },
  },
  REQUEST_CANCELLED: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cette demande a été retirée.', en: 'This request has been withdrawn.' },
  },
  REQUEST_EXPIRED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette demande a expiré sans réponse ; une nouvelle demande peut être envoyée.',
      en: 'This request expired without an answer; a new request can be sent.',
    },
  },
  YOU_ARE_BUSY: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Vous avez déjà une rencontre à ce moment-là.',
      en: 'You already have a meeting at that time.',
    },
  },
  PARTICIPANT_BUSY: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: '{person} a déjà une rencontre à ce moment-là.',
      en: '{person} already has a meeting at that time.',
    },
  },
  NOT_A_PARTY: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Seules les personnes des entreprises de cette rencontre peuvent faire cela.',
      en: 'Only people of the companies in this meeting can do this.',
    },
  },
  MEETING_CANCELLED: {
    code: ApiErrorCode.CONFLICT,
    text: { fr: 'Cette rencontre a été annulée.', en: 'This meeting has been cancelled.' },
  },
  MEETING_STARTED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette rencontre a déjà commencé ; elle ne peut plus être annulée.',
      en: 'This meeting has already started; it can no longer be cancelled.',
    },
  },
  MEETING_NOT_HELD: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Vous pourrez noter le résultat de cette rencontre une fois qu’elle aura commencé.',
      en: 'You can record the outcome of this meeting once it has started.',
    },
  },
  NOT_MOVABLE: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette rencontre fait partie de l’horaire d’un événement ou d’une mission commerciale : seuls les organisateurs peuvent la déplacer. Vous pouvez l’annuler.',
      en: 'This meeting is part of an event’s or a trade mission’s schedule: only the organizers can move it. You can cancel it.',
    },
  },
  MEETING_STARTED_MOVE: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette rencontre a déjà commencé ; elle ne peut plus être déplacée.',
      en: 'This meeting has already started; it can no longer be moved.',
    },
  },
  RESCHEDULE_OPEN: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Un autre horaire a déjà été proposé pour cette rencontre : il faut d’abord y répondre.',
      en: 'Another time has already been proposed for this meeting: it must be answered first.',
    },
  },
  RESCHEDULE_CLOSED: {
    code: ApiErrorCode.CONFLICT,
    text: {
      fr: 'Cette proposition de nouvel horaire a déjà reçu une réponse ou a été retirée.',
      en: 'This proposal of a new time has already been answered or withdrawn.',
    },
  },
  OWN_RESCHEDULE: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Votre entreprise a proposé ce nouvel horaire : c’est à l’autre entreprise d’y répondre.',
      en: 'Your company proposed this new time: the other company answers it.',
    },
  },
  NO_OPEN_RESCHEDULE: {
    code: ApiErrorCode.NOT_FOUND,
    text: {
      fr: 'Aucun nouvel horaire n’est en attente de réponse pour cette rencontre : il n’y a rien à retirer.',
      en: 'No new time is waiting for an answer for this meeting: there is nothing to withdraw.',
    },
  },
  NOT_OWN_RESCHEDULE: {
    code: ApiErrorCode.FORBIDDEN,
    text: {
      fr: 'Seule l’entreprise qui a proposé ce nouvel horaire peut le retirer ; vous pouvez l’accepter ou le décliner.',
      en: 'Only the company that proposed this new time can withdraw it; you can accept or decline it.',
    },
  },
});

export type MeetingErrorCode = Parameters<typeof meetingError>[0];
