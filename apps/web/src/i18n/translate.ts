/** The two languages of the product; French first, as most Québec members read it. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** `fr`, `fr-CA` … → fr; `en…` → en; anything else → undefined. */
export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  const primary = tag?.toLowerCase().split('-')[0];
  return isLocale(primary) ? primary : undefined;
}

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing.
 * A value that already ends the sentence ("Acme Inc.", "10:00 a.m.") takes the text's full stop.
 */
export function fill(text: string, params: MessageParams = {}): string {
  return text.replace(/\{(\w+)\}(\.?)/g, (whole, key: string, stop: string) => {
    if (!(key in params)) return whole;
    const value = String(params[key]);
    return stop && value.endsWith('.') ? value : value + stop;
  });
}

/** The placeholders a text uses, to check that both languages ask for the same values. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
