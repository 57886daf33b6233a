import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { MyAvailabilityQuery, Weekday } from '../../graphql/generated/graphql';
import { fieldMessages } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { utcToZoned, zonedToUtc } from '../../time/zoned-time';
import { Notice } from '../../ui/Notice';
import { ErrorState, Skeleton } from '../../ui/PageState';
import { MY_AVAILABILITY, SET_AVAILABILITY } from './availability.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface Row {
  day: string;
  start: string;
  end: string;
}

/** When the person can meet: every week (e.g. Tuesdays 9:00–12:00) and on given dates, in their zone. */
export function AvailabilityForm() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(MY_AVAILABILITY);
  return (
    <section className="panel" aria-labelledby="availability-title">
      <h2 id="availability-title">{t('availability.title')}</h2>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Skeleton lines={6} height="14rem" />
      ) : (
        <AvailabilityEditor availability={data.myAvailability} />
      )}
    </section>
  );
}

function AvailabilityEditor({ availability }: { availability: MyAvailabilityQuery['myAvailability'] }) {
  const { t, timeZone, zoneName } = useI18n();
  const [weekly, setWeekly] = useState<Row[]>(availability.weekly.map((w) => ({ ...w })));
  const [dated, setDated] = useState<Row[]>(
    availability.slots.map((s) => {
      const start = utcToZoned(s.start, timeZone);
      return { day: start.date, start: start.time, end: utcToZoned(s.end, timeZone).time };
    }),
  );
  const [save, { data, loading, error }] = useMutation(SET_AVAILABILITY, {
    refetchQueries: ['MyAvailability'],
  });
  const problems = fieldMessages(error);
  const problemsAt = (prefix: string) =>
    problems.filter((p) => p.path.startsWith(prefix)).map((p) => p.message);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const slots = dated
      .filter((r) => r.day)
      .map((r) => ({ start: zonedToUtc(r.day, r.start, timeZone), end: zonedToUtc(r.day, r.end, timeZone) }));
    const weeklyInput = weekly.map((r) => ({ day: r.day as Weekday, start: r.start, end: r.end }));
    await save({ variables: { slots, weekly: weeklyInput, timeZone } }).catch(() => null);
  };
  const editor = (rows: Row[], set: (rows: Row[]) => void, kind: 'weekly' | 'slots') =>
    rows.map((row, i) => {
      const change = (patch: Partial<Row>) => set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
      const errors = problemsAt(`${kind}[${i}]`);
      return (
        <fieldset key={i} className="slot-row">
          <legend className="visually-hidden">
            {t(kind === 'weekly' ? 'availability.weeklyRow' : 'availability.datedRow', { number: i + 1 })}
          </legend>
          <label>
            {kind === 'weekly' ? t('availability.day') : t('availability.date')}
            {kind === 'weekly' ? (
              <select value={row.day} onChange={(e) => change({ day: e.target.value })}>
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {t(`weekday.${day}`)}
                  </option>
                ))}
              </select>
            ) : (
              <input type="date" value={row.day} onChange={(e) => change({ day: e.target.value })} />
            )}
          </label>
          <label>
            {t('availability.from')}
            <input
              type="time"
              step={900}
              value={row.start}
              onChange={(e) => change({ start: e.target.value })}
            />
          </label>
          <label>
            {t('availability.to')}
            <input type="time" step={900} value={row.end} onChange={(e) => change({ end: e.target.value })} />
          </label>
          <button type="button" className="button-link" onClick={() => set(rows.filter((_, j) => j !== i))}>
            {t('common.remove')}
            <span className="visually-hidden">
              {' '}
              — {t(kind === 'weekly' ? 'availability.weeklyRow' : 'availability.datedRow', { number: i + 1 })}
            </span>
          </button>
          {errors.length > 0 && <p className="field-errors">{errors.join(' ')}</p>}
        </fieldset>
      );
    });
  return (
    <form onSubmit={submit} noValidate>
      <p className="hint">{t('availability.lead', { timeZone: zoneName() })}</p>
      {!availability.isSet && <Notice tone="info">{t('availability.notSet')}</Notice>}
      <h3>{t('availability.weekly')}</h3>
      {editor(weekly, setWeekly, 'weekly')}
      <button
        type="button"
        className="button"
        onClick={() => setWeekly([...weekly, { day: 'TUESDAY', start: '09:00', end: '12:00' }])}
      >
        {t('availability.addWeekly')}
      </button>
      <h3 className="spaced">{t('availability.dated')}</h3>
      {editor(dated, setDated, 'slots')}
      <button
        type="button"
        className="button"
        onClick={() => setDated([...dated, { day: '', start: '09:00', end: '12:00' }])}
      >
        {t('availability.addDated')}
      </button>
      {error && !problems.length && <ErrorNotice error={error} />}
      {data && <Notice>{t('availability.saved')}</Notice>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('availability.save')}
        </button>
      </div>
    </form>
  );
}
