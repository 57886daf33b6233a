import { translate, type Locale } from '@app/common';
import {
  EMAIL_FRAME,
  EMAIL_LINES,
  ERASED_PERSON_NAME,
  NOTIFICATION_TEMPLATES,
  REASON_SUFFIX,
  SUGGESTIONS_SUFFIX,
  type NotificationKind,
} from './notification-templates.js';

/**
 * What a notification keeps: names as they were when it happened, instants as ISO strings, ids
 * of what it is about. Rendering turns them into a sentence for one reader.
 */
export interface NotificationParams {
  company?: string;
  person?: string;
  startsAt?: string;
  endsAt?: string;
  reason?: string;
  note?: string;
  location?: string;
  meetingId?: string;
  meetingRequestId?: string;
  /** A trade mission's title in each language (`{mission}` is the reader's), city and deadline. */
  missionFr?: string;
  missionEn?: string;
  missionId?: string;
  city?: string;
  deadline?: string;
  /** Names of better-suited companies from the reader's own feed (a declined requester's). */
  suggestions?: string;
}

/** Private to the email (secret calendar links): never stored with the notification. */
export interface EmailOnlyParams {
  icsUrl?: string;
}

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' };

function zoneOrUtc(timeZone: string | undefined): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone ?? 'UTC';
  } catch {
    return 'UTC';
  }
}

/** « jeudi 3 décembre 2026, 10 h 00 – 10 h 30 (HNE) » / "Thursday, December 3, 2026, 10:00 a.m. – 10:30 a.m. (EST)". */
export function formatTimeRange(
  start: string | Date,
  end: string | Date | undefined,
  locale: Locale,
  timeZone?: string,
): string {
  const zone = zoneOrUtc(timeZone);
  const from = new Date(start);
  const intl = INTL_LOCALE[locale];
  const day = new Intl.DateTimeFormat(intl, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: zone,
  }).format(from);
  const time = new Intl.DateTimeFormat(intl, { hour: 'numeric', minute: '2-digit', timeZone: zone });
  const zoneName =
    new Intl.DateTimeFormat(intl, { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(from)
      .find((part) => part.type === 'timeZoneName')?.value ?? zone;
  const hours = end ? `${time.format(from)} – ${time.format(new Date(end))}` : time.format(from);
  return `${day}, ${hours} (${zoneName})`;
}

function values(
  params: NotificationParams,
  locale: Locale,
  timeZone: string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string') out[key] = value;
  // An erased account's name is cleared from the notifications others keep.
  if (params.person === '') out.person = translate(ERASED_PERSON_NAME, locale);
  const mission = locale === 'fr' ? params.missionFr : params.missionEn;
  if (mission) out.mission = mission;
  if (params.startsAt) out.when = formatTimeRange(params.startsAt, params.endsAt, locale, timeZone);
  return out;
}

/** The in-app sentence, in the reader's language and time zone. */
export function renderMessage(
  kind: string,
  params: NotificationParams,
  locale: Locale,
  timeZone?: string,
): string {
  const template = NOTIFICATION_TEMPLATES[kind as NotificationKind];
  if (!template) return kind;
  const filled = values(params, locale, timeZone);
  const parts = [translate(template.message, locale, filled)];
  if (params.reason) parts.push(translate(REASON_SUFFIX, locale, filled));
  if (params.suggestions) parts.push(translate(SUGGESTIONS_SUFFIX, locale, filled));
  return parts.join(' ');
}

export interface RenderedEmail {
  subject: string;
  body: string;
}

/** A plain-text email: greeting, the sentence, the details the notification carries, links. */
export function renderEmail(
  kind: NotificationKind,
  params: NotificationParams & EmailOnlyParams,
  reader: { name: string; locale: Locale; timeZone: string },
  appUrl: string,
): RenderedEmail {
  const { locale, timeZone } = reader;
  const template = NOTIFICATION_TEMPLATES[kind];
  const filled = values(params, locale, timeZone);
  const details = (['when', 'location', 'note', 'reason', 'suggestions'] as const)
    .filter((key) => filled[key])
    .map((key) => translate(EMAIL_LINES[key], locale, { value: filled[key] }));
  const links = [
    ...(params.icsUrl ? [translate(EMAIL_LINES.icsUrl, locale, { value: params.icsUrl })] : []),
    translate(EMAIL_FRAME.open, locale, { url: `${appUrl}${template.page}` }),
  ];
  const paragraphs = [
    translate(EMAIL_FRAME.greeting, locale, { name: reader.name }),
    translate(template.message, locale, filled),
    details.join('\n'),
    links.join('\n'),
    `—\n${translate(EMAIL_FRAME.footer, locale)}`,
  ].filter((p) => p.length > 0);
  return { subject: translate(template.subject, locale, filled), body: `${paragraphs.join('\n\n')}\n` };
}
