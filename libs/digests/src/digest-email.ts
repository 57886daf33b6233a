// The weekly digest as an email: plain text and HTML alike, in the reader's language. Pure.
import { translate, type Locale, type LocalizedText } from '@app/common';
import { formatTimeRange } from '@app/notifications';

export interface DigestSuggestion {
  name: string;
  /** The best reason, already in the reader's language ('' when the pair has none). */
  reason: string;
}

export interface DigestRequest {
  company: string;
  fit: number | null;
}

export interface DigestMeeting {
  companies: string;
  start: Date;
  end: Date;
}

export interface DigestData {
  reader: { name: string; locale: Locale; timeZone: string };
  suggestions: DigestSuggestion[];
  requests: DigestRequest[];
  meetings: DigestMeeting[];
  appUrl: string;
  unsubscribeUrl: string;
}

export interface DigestEmail {
  subject: string;
  text: string;
  html: string;
}

const T = {
  subject: { fr: 'Votre résumé de la semaine sur Passerelle', en: 'Your week on Passerelle' },
  greeting: { fr: 'Bonjour {name},', en: 'Hello {name},' },
  intro: {
    fr: 'Voici ce qui vous attend cette semaine sur Passerelle.',
    en: 'Here is what awaits you on Passerelle this week.',
  },
  suggestions: { fr: 'Nouvelles suggestions de partenaires', en: 'New partner suggestions' },
  requests: {
    fr: 'Demandes de rencontre en attente de réponse',
    en: 'Meeting requests awaiting your answer',
  },
  meetings: { fr: 'Vos rencontres des sept prochains jours', en: 'Your meetings in the next seven days' },
  fit: { fr: 'convenance {percent} %', en: '{percent}% fit' },
  meetingWith: { fr: 'Rencontre avec {companies}', en: 'Meeting with {companies}' },
  open: { fr: 'Ouvrir Passerelle : {url}', en: 'Open Passerelle: {url}' },
  openButton: { fr: 'Ouvrir Passerelle', en: 'Open Passerelle' },
  unsubscribe: {
    fr: 'Vous ne voulez plus de ce résumé ? Désabonnez-vous en un clic : {url}',
    en: 'No longer want this digest? Unsubscribe in one click: {url}',
  },
  unsubscribeLink: { fr: 'Se désabonner du résumé', en: 'Unsubscribe from the digest' },
  footer: {
    fr: 'Passerelle, la plateforme de maillage de BIOQuébec et de Life Sciences Ontario.',
    en: 'Passerelle, the partnering platform of BIOQuébec and Life Sciences Ontario.',
  },
} satisfies Record<string, LocalizedText>;

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

interface Section {
  title: string;
  lines: string[];
}

function sections(data: DigestData): Section[] {
  const { locale, timeZone } = data.reader;
  const t = (text: LocalizedText, params: Record<string, string> = {}) => translate(text, locale, params);
  return [
    {
      title: t(T.suggestions),
      lines: data.suggestions.map((s) => (s.reason ? `${s.name} — ${s.reason}` : s.name)),
    },
    {
      title: t(T.requests),
      lines: data.requests.map((r) =>
        r.fit === null
          ? r.company
          : `${r.company} (${t(T.fit, { percent: String(Math.round(r.fit * 100)) })})`,
      ),
    },
    {
      title: t(T.meetings),
      lines: data.meetings.map(
        (m) =>
          `${formatTimeRange(m.start, m.end, locale, timeZone)} — ${t(T.meetingWith, { companies: m.companies })}`,
      ),
    },
  ].filter((section) => section.lines.length > 0);
}

export function renderDigest(data: DigestData): DigestEmail {
  const { locale } = data.reader;
  const t = (text: LocalizedText, params: Record<string, string> = {}) => translate(text, locale, params);
  const parts = sections(data);
  const text = [
    t(T.greeting, { name: data.reader.name }),
    t(T.intro),
    ...parts.map((s) => [s.title, ...s.lines.map((line) => `- ${line}`)].join('\n')),
    t(T.open, { url: data.appUrl }),
    `—\n${t(T.footer)}\n${t(T.unsubscribe, { url: data.unsubscribeUrl })}`,
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(t(T.subject))}</title></head>`,
    '<body style="font-family: sans-serif; color: #1d2733; max-width: 40em">',
    `<p>${escapeHtml(t(T.greeting, { name: data.reader.name }))}</p>`,
    `<p>${escapeHtml(t(T.intro))}</p>`,
    ...parts.map(
      (s) =>
        `<h2 style="font-size: 1.1em">${escapeHtml(s.title)}</h2><ul>${s.lines
          .map((line) => `<li>${escapeHtml(line)}</li>`)
          .join('')}</ul>`,
    ),
    `<p><a href="${escapeHtml(data.appUrl)}">${escapeHtml(t(T.openButton))}</a></p>`,
    `<hr><p style="font-size: 0.85em; color: #5b6570">${escapeHtml(t(T.footer))}<br>`,
    `<a href="${escapeHtml(data.unsubscribeUrl)}">${escapeHtml(t(T.unsubscribeLink))}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: t(T.subject), text: `${text}\n`, html };
}
