import { translate, type Locale, type LocalizedText } from '@app/common';
import type { OutgoingEmail } from '@app/notifications';
import type { EventEntity } from '../event.entity.js';
import { TAX_LABELS, TIER_LABELS } from '../events.messages.js';
import type { RegistrationEntity } from './registration.entity.js';

export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

type Kind = 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled';

const SUBJECTS: Record<Kind, LocalizedText> = {
  confirmed: { fr: 'Inscription confirmée : {event}', en: 'Registration confirmed: {event}' },
  waitlisted: { fr: 'Liste d’attente : {event}', en: 'Waitlist: {event}' },
  promoted: { fr: 'Une place s’est libérée : {event}', en: 'A place opened up: {event}' },
  cancelled: { fr: 'Inscription annulée : {event}', en: 'Registration cancelled: {event}' },
};

const OPENINGS: Record<Kind, LocalizedText> = {
  confirmed: {
    fr: 'Votre inscription à {event} est confirmée.',
    en: 'Your registration for {event} is confirmed.',
  },
  waitlisted: {
    fr: '{event} est complet : vous êtes sur la liste d’attente. Nous vous écrirons dès qu’une place se libère.',
    en: '{event} is full: you are on the waitlist. We will write as soon as a place opens up.',
  },
  promoted: {
    fr: 'Une place s’est libérée : votre inscription à {event} est maintenant confirmée.',
    en: 'A place opened up: your registration for {event} is now confirmed.',
  },
  cancelled: {
    fr: 'Votre inscription à {event} est annulée.',
    en: 'Your registration for {event} is cancelled.',
  },
};

const LINES = {
  greeting: { fr: 'Bonjour {name},', en: 'Hello {name},' },
  when: { fr: 'Date : {when} ({zone})', en: 'When: {when} ({zone})' },
  where: { fr: 'Lieu : {where}', en: 'Where: {where}' },
  online: { fr: 'En ligne', en: 'Online' },
  price: { fr: 'Tarif : {tier} — {amount}', en: 'Price: {tier} — {amount}' },
  tax: { fr: '{tax} : {amount}', en: '{tax}: {amount}' },
  total: { fr: 'Total : {amount}', en: 'Total: {amount}' },
} satisfies Record<string, LocalizedText>;

export function formatMoney(cents: number, locale: Locale, currency = 'CAD'): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency }).format(
    cents / 100,
  );
}

export function formatWhen(date: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

export function eventTitle(event: Pick<EventEntity, 'titleFr' | 'titleEn'>, locale: Locale): string {
  return locale === 'fr' ? event.titleFr : event.titleEn;
}

/** The email a registrant receives for each change of their registration, in their language. */
export function registrationEmail(
  kind: Kind,
  event: EventEntity,
  registration: RegistrationEntity,
  to: Recipient,
): OutgoingEmail {
  const l = to.locale;
  const params = { event: eventTitle(event, l), name: to.name };
  const lines = [translate(LINES.greeting, l, params), '', translate(OPENINGS[kind], l, params), ''];
  lines.push(
    translate(LINES.when, l, { when: formatWhen(event.startsAt, event.timeZone, l), zone: event.timeZone }),
  );
  lines.push(translate(LINES.where, l, { where: event.venue ?? translate(LINES.online, l) }));
  if (kind !== 'cancelled') {
    const money = (cents: number) => formatMoney(cents, l, registration.currency);
    lines.push(
      translate(LINES.price, l, {
        tier: translate(TIER_LABELS[registration.priceTier], l),
        amount: money(registration.amountCents),
      }),
    );
    for (const tax of registration.taxLines) {
      lines.push(
        translate(LINES.tax, l, { tax: translate(TAX_LABELS[tax.code], l), amount: money(tax.amountCents) }),
      );
    }
    lines.push(translate(LINES.total, l, { amount: money(registration.totalCents) }));
  }
  return {
    to: to.email,
    userId: to.id,
    kind: `event-registration-${kind}`,
    subject: translate(SUBJECTS[kind], l, params),
    body: lines.join('\n'),
    dedupeKey: `registration-${registration.id}-${kind}-${registration.updatedAt.getTime()}`,
  };
}
