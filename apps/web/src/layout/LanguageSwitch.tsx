import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LOCALES } from '../i18n/translate';
import { useSession } from '../session/session-context';

const NAMES = { fr: 'Français', en: 'English' } as const;

/** FR | EN: saved on the account (updateMe) when signed in, else in this browser. */
export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const { setLocale } = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <div className="language-switch" role="group" aria-label={t('nav.language')}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === locale}
          disabled={busy}
          onClick={async () => {
            if (code === locale) return;
            setBusy(true);
            try {
              await setLocale(code);
            } finally {
              setBusy(false);
            }
          }}
        >
          <span aria-hidden="true">{code.toUpperCase()}</span>
          <span className="visually-hidden">{NAMES[code]}</span>
        </button>
      ))}
    </div>
  );
}
