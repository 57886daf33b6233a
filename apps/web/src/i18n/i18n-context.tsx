import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { CATALOGUE, type MessageKey } from './catalogue';
import { fill, type Locale, type MessageParams } from './translate';

export interface I18n {
  locale: Locale;
  /** The viewer's IANA time zone: every date is shown in it. */
  timeZone: string;
  t(key: MessageKey, params?: MessageParams): string;
  /** Picks `key.one` or `key.other` by the count, and passes the count as `{count}`. */
  plural(key: PluralKey, count: number, params?: MessageParams): string;
  dateTime(iso: string, options?: Intl.DateTimeFormatOptions & { timeZone?: string }): string;
  timeRange(start: string, end: string, timeZone?: string): string;
  money(cents: number, currency: string): string;
  /** A zone as people say it (« heure de l’Est », "Eastern Time"), falling back to its IANA name. */
  zoneName(zone?: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

type PluralKey = MessageKey extends infer K ? (K extends `${infer P}.one` ? P : never) : never;

const I18nContext = createContext<I18n | null>(null);

function intlLocale(locale: Locale): string {
  return locale === 'fr' ? 'fr-CA' : 'en-CA';
}

export function createI18n(locale: Locale, timeZone: string): I18n {
  const tag = intlLocale(locale);
  const messages = CATALOGUE[locale];
  const rules = new Intl.PluralRules(tag);
  const t = (key: MessageKey, params?: MessageParams) => fill(messages[key], params);
  const dateTime = (iso: string, options: Intl.DateTimeFormatOptions & { timeZone?: string } = {}) =>
    new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone, ...options }).format(
      new Date(iso),
    );
  return {
    locale,
    timeZone,
    t,
    plural: (key, count, params) =>
      t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, { count, ...params }),
    dateTime,
    timeRange(start, end, zone = timeZone) {
      const day = dateTime(start, { dateStyle: 'full', timeStyle: undefined, timeZone: zone });
      const time = (iso: string) =>
        dateTime(iso, { dateStyle: undefined, timeStyle: 'short', timeZone: zone });
      return `${day}, ${time(start)} – ${time(end)}`;
    },
    zoneName(zone = timeZone) {
      try {
        const parts = new Intl.DateTimeFormat(tag, {
          timeZone: zone,
          timeZoneName: 'longGeneric',
        }).formatToParts(new Date());
        return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
      } catch {
        return zone;
      }
    },
    money: (cents, currency) =>
      new Intl.NumberFormat(tag, { style: 'currency', currency }).format(cents / 100),
    number: (value, options) => new Intl.NumberFormat(tag, options).format(value),
  };
}

export function I18nProvider({
  locale,
  timeZone,
  children,
}: {
  locale: Locale;
  timeZone: string;
  children: ReactNode;
}) {
  const value = useMemo(() => createI18n(locale, timeZone), [locale, timeZone]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
