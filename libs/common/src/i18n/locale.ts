export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text every person can read: each message exists in both languages, or it does not compile. */
export interface LocalizedText {
  fr: string;
  en: string;
}

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** `fr`, `fr-CA`, `fr-CA;q=0.9, en;q=0.8` … → fr; `en…` → en; anything else → undefined. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing.
 * A value that already ends the sentence ("Acme Inc.", "10:00 a.m.") takes the text's full stop.
 */
export function translate(text: LocalizedText, locale: Locale, params: MessageParams = {}): string {
  return text[locale].replace(/\{(\w+)\}(\.?)/g, (whole, key: string, stop: string) => {
    if (!(key in params)) return whole;
    const value = String(params[key]);
    return stop && value.endsWith('.') ? value : value + stop;
  });
}
