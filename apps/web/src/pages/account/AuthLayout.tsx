import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { useI18n } from '../../i18n/i18n-context';

/** The frame of the pages before signing in: the two associations and the language switch. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth-page">
      <header className="auth-top">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span>Passerelle</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-main">
        <section className="auth-card" aria-labelledby="auth-title">
          <h1 id="auth-title">{title}</h1>
          {children}
        </section>
        <p className="auth-tagline">{t('auth.tagline')}</p>
      </main>
    </div>
  );
}
