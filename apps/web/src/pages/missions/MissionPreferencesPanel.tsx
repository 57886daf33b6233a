import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldMessages } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { Skeleton } from '../../ui/PageState';
import { MISSION_PREFERENCES, SET_MISSION_PREFERENCES } from './missions.graphql';

type Choice = '' | 'MUST_MEET' | 'AVOID';

/** A selected company names who on the other side it must meet (up to 5) and who it will not meet. */
export function MissionPreferencesPanel({ missionId }: { missionId: string }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const { data } = useQuery(MISSION_PREFERENCES, { variables: { missionId } });
  const [save, saving] = useMutation(SET_MISSION_PREFERENCES, { refetchQueries: ['MissionPreferences'] });
  const [edits, setEdits] = useState<Record<string, Choice>>({});
  const [saved, setSaved] = useState(false);
  if (!data) return <Skeleton lines={3} height="6rem" />;
  const prefs = data.missionPreferences;
  const stored = (id: string): Choice =>
    prefs.mustMeet.some((c) => c.id === id)
      ? 'MUST_MEET'
      : prefs.avoid.some((c) => c.id === id)
        ? 'AVOID'
        : '';
  const choiceOf = (id: string): Choice => edits[id] ?? stored(id);
  const admin = viewer?.role === 'COMPANY_ADMIN';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ids = prefs.choices.map((c) => c.id);
    setSaved(false);
    void save({
      variables: {
        missionId,
        mustMeet: ids.filter((id) => choiceOf(id) === 'MUST_MEET'),
        avoid: ids.filter((id) => choiceOf(id) === 'AVOID'),
      },
    })
      .then(() => {
        setEdits({});
        setSaved(true);
      })
      .catch(() => null);
  };
  return (
    <section className="panel no-print" aria-labelledby="preferences-title" aria-live="polite">
      <h2 id="preferences-title">{t('missions.preferences')}</h2>
      {prefs.choices.length === 0 ? (
        <p className="muted">{t('missions.preferencesNone')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="hint">{t('missions.preferencesLead')}</p>
          {prefs.choices.map((company) => (
            <SelectField
              key={company.id}
              label={t('missions.preferenceFor', { company: company.name })}
              value={choiceOf(company.id)}
              disabled={!admin}
              onChange={(e) => setEdits({ ...edits, [company.id]: e.target.value as Choice })}
            >
              <option value="">{t('missions.noPreference')}</option>
              <option value="MUST_MEET">{t('missions.mustMeet')}</option>
              <option value="AVOID">{t('missions.avoid')}</option>
            </SelectField>
          ))}
          {saving.error &&
            (fieldMessages(saving.error).length ? (
              <Notice tone="error">
                {fieldMessages(saving.error)
                  .map((f) => f.message)
                  .join(' ')}
              </Notice>
            ) : (
              <ErrorNotice error={saving.error} />
            ))}
          {saved && <Notice>{t('missions.preferencesSaved')}</Notice>}
          {admin && (
            <button type="submit" className="button button-primary" disabled={saving.loading}>
              {t('missions.savePreferences')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
