import { translate, type Locale, type LocalizedText } from '@app/common';
import type { OutgoingEmail } from '@app/notifications';
import type { EventEntity } from '../event.entity.js';
import { ASSOCIATION_NAMES } from '../events.messages.js';
import { eventTitle, formatWhen } from '../registrations/registration-emails.js';

const TEXT = {
  subject: {
    fr: 'Recommandé par l’équipe de {association} : rencontrez {partner} à {event}',
    en: 'Recommended by {association} staff: meet {partner} at {event}',
  },
  body: {
    fr: [
      'Bonjour {name},',
      '',
      'L’équipe de {association} vous recommande de rencontrer {partner} pendant {event} ({when}).',
      '{note}',
      'Cette entreprise apparaît en tête de vos suggestions dans Passerelle : demandez-lui une rencontre',
      'à l’événement et nous placerons votre rendez-vous dans la grille des rencontres.',
      '',
      '{link}',
    ].join('\n'),
    en: [
      'Hello {name},',
      '',
      '{association} staff recommend that you meet {partner} during {event} ({when}).',
      '{note}',
      'This company is now at the top of your suggestions in Passerelle: ask it for a meeting at the',
      'event and we will place it in the partnering grid.',
      '',
      '{link}',
    ].join('\n'),
  },
  note: { fr: 'Note de l’équipe : {note}', en: 'A note from staff: {note}' },
} satisfies Record<string, LocalizedText>;

export interface IntroductionRecipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

/** One person of one side of a staff introduction, in their own language; sent once per pair and event. */
export function introductionEmail(
  to: IntroductionRecipient,
  event: EventEntity,
  partnerName: string,
  association: string | null,
  note: string | null,
  link: string,
): OutgoingEmail {
  const l = to.locale;
  const params = {
    name: to.name,
    partner: partnerName,
    event: eventTitle(event, l),
    when: formatWhen(event.startsAt, event.timeZone, l),
    association: association
      ? (ASSOCIATION_NAMES[association] ?? association)
      : 'BIOQuébec / Life Sciences Ontario',
    note: note ? `${translate(TEXT.note, l, { note })}\n` : '',
    link,
  };
  return {
    to: to.email,
    userId: to.id,
    kind: 'event-introduction',
    subject: translate(TEXT.subject, l, params),
    body: translate(TEXT.body, l, params).replace(/\n\n\n/g, '\n\n'),
  };
}
