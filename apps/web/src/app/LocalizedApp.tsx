import { useEffect, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';

/** The whole app in the viewer's language and time zone; the page's `lang` follows for screen readers. */
export function LocalizedApp({ children }: { children: ReactNode }) {
  const { locale, timeZone } = useSession();
  useEffect(() => {
    document.documentElement.lang = locale === 'fr' ? 'fr-CA' : 'en-CA';
  }, [locale]);
  return (
    <I18nProvider locale={locale} timeZone={timeZone}>
      {children}
    </I18nProvider>
  );
}
