import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { fieldErrorsByName } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { LOCALES, type Locale } from '../../i18n/translate';
import { useSession } from '../../session/session-context';
import { UPDATE_ME } from '../../session/viewer';
import { timeZones } from '../../time/zoned-time';
import { SelectField, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageState';
import { AvailabilityForm } from './AvailabilityForm';

/** The person's name, language and time zone (every time is shown in it), and availability. */
export function SettingsPage() {
  const { t, zoneName } = useI18n();
  const { viewer, setLocale } = useSession();
  const [name, setName] = useState(viewer?.name ?? '');
  const [timeZone, setTimeZone] = useState(viewer?.timeZone ?? 'America/Toronto');
  const [locale, setLocaleChoice] = useState<Locale>(viewer?.locale ?? 'fr');
  const [saved, setSaved] = useState(false);
  const [updateMe, { loading, error }] = useMutation(UPDATE_ME);
  const fields = fieldErrorsByName(error);
  const zones = useMemo(() => timeZones().map((zone) => [zone, zoneName(zone)]), [zoneName]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await updateMe({ variables: { input: { name, timeZone } } }).catch(() => null);
    if (!result?.data) return;
    if (locale !== viewer?.locale) await setLocale(locale);
    setSaved(true);
  };
  return (
    <div className="page page-narrow">
      <PageHeader title={t('settings.title')} lead={viewer?.email} />
      <section className="panel" aria-labelledby="settings-account">
        <h2 id="settings-account">{t('settings.account')}</h2>
        <form onSubmit={submit} noValidate>
          <TextField
            label={t('settings.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            errors={fields.name}
          />
          <fieldset className="field">
            <legend>{t('settings.language')}</legend>
            <div className="radio-row">
              {LOCALES.map((code) => (
                <label key={code} className="radio">
                  <input
                    type="radio"
                    name="locale"
                    value={code}
                    checked={locale === code}
                    onChange={() => setLocaleChoice(code)}
                  />
                  <span lang={code}>{code === 'fr' ? 'Français' : 'English'}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <SelectField
            label={t('settings.timeZone')}
            hint={t('settings.timeZoneHint')}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            errors={fields.timeZone}
          >
            {zones.map(([zone, name]) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')} — {name}
              </option>
            ))}
          </SelectField>
          {saved && <Notice>{t('settings.saved')}</Notice>}
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('common.save')}
          </button>
        </form>
      </section>
      <AvailabilityForm />
    </div>
  );
}
