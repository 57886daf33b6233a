import { useState, type FormEvent } from 'react';
import type { EventInput } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { timeZones } from '../../time/zoned-time';
import { CheckboxField, FieldErrors, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { inputOf, ORGANIZERS, type DayDraft, type EventDraft } from './event-draft';

/** The API's messages by form field: `input.partneringDays[1].start` → `partneringDays[1]`. */
export type EventFieldErrors = Record<string, string[]>;

/**
 * An event's settings (create or edit): titles and descriptions in both languages, dates in the
 * event's time zone, place, organizers, capacity, prices and the partnering session; each of the
 * API's messages shows under the field it names.
 */
export function EventForm({
  initial,
  errors,
  saving,
  submitLabel,
  onSubmit,
}: {
  initial: EventDraft;
  errors: EventFieldErrors;
  saving: boolean;
  submitLabel: string;
  onSubmit: (input: EventInput) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [missing, setMissing] = useState<string[]>([]);
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const errorsOf = (field: string) => [
    ...(missing.includes(field) ? [t('eventForm.required')] : []),
    ...(errors[field] ?? []),
  ];
  const setDay = (i: number, day: Partial<DayDraft>) =>
    set(
      'days',
      draft.days.map((d, j) => (j === i ? { ...d, ...day } : d)),
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { input, missing: empty } = inputOf(draft);
    setMissing(empty);
    if (input) onSubmit(input);
  };
  const text = (field: 'titleFr' | 'titleEn' | 'venue', extra: Record<string, unknown> = {}) => (
    <TextField
      label={t(`eventForm.${field}`)}
      value={draft[field]}
      errors={errorsOf(field)}
      onChange={(e) => set(field, e.target.value)}
      {...extra}
    />
  );
  const number = (
    field: 'capacity' | 'memberPrice' | 'partnerMemberPrice' | 'nonMemberPrice' | 'tables' | 'slotMinutes',
    errorField: string = field,
    hint?: string,
  ) => (
    <TextField
      label={t(`eventForm.${field}`)}
      hint={hint}
      type="number"
      min={0}
      step={field.endsWith('Price') ? '0.01' : '1'}
      inputMode={field.endsWith('Price') ? 'decimal' : 'numeric'}
      value={draft[field]}
      errors={[...errorsOf(field), ...(errorField !== field ? (errors[errorField] ?? []) : [])]}
      onChange={(e) => set(field, e.target.value)}
    />
  );
  const when = (field: 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt') => (
    <TextField
      label={t(`eventForm.${field}`)}
      type="datetime-local"
      value={draft[field]}
      errors={errorsOf(field)}
      onChange={(e) => set(field, e.target.value)}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="form-section">
        <legend>{t('eventForm.about')}</legend>
        {text('titleFr', { required: true })}
        {text('titleEn', { required: true })}
        {(['descriptionFr', 'descriptionEn'] as const).map((field) => (
          <TextAreaField
            key={field}
            label={t(`eventForm.${field}`)}
            value={draft[field]}
            errors={errorsOf(field)}
            maxLength={5000}
            rows={4}
            onChange={(e) => set(field, e.target.value)}
          />
        ))}
        <fieldset className={`field${errorsOf('organizers').length ? ' field-invalid' : ''}`}>
          <legend>{t('eventForm.organizers')}</legend>
          {ORGANIZERS.map((org) => (
            <CheckboxField
              key={org}
              label={t(`eventForm.organizer.${org}`)}
              checked={draft.organizers.includes(org)}
              onChange={(e) =>
                set(
                  'organizers',
                  e.target.checked ? [...draft.organizers, org] : draft.organizers.filter((o) => o !== org),
                )
              }
            />
          ))}
          <FieldErrors errors={errorsOf('organizers')} />
        </fieldset>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('eventForm.whenWhere')}</legend>
        <SelectField
          label={t('eventForm.timeZone')}
          hint={t('eventForm.timeZoneHint')}
          value={draft.timeZone}
          errors={errorsOf('timeZone')}
          onChange={(e) => set('timeZone', e.target.value)}
        >
          {timeZones().map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        {when('startsAt')}
        {when('endsAt')}
        {text('venue')}
        <SelectField
          label={t('eventForm.province')}
          value={draft.province}
          errors={errorsOf('province')}
          onChange={(e) => set('province', e.target.value as EventDraft['province'])}
        >
          <option value="">{t('eventForm.online')}</option>
          <option value="QC">{t('eventForm.province.QC')}</option>
          <option value="ON">{t('eventForm.province.ON')}</option>
        </SelectField>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('eventForm.registration')}</legend>
        {number('capacity', 'capacity', t('eventForm.capacityHint'))}
        {number('memberPrice', 'memberPriceCents', t('eventForm.priceHint'))}
        {number('partnerMemberPrice', 'partnerMemberPriceCents')}
        {number('nonMemberPrice', 'nonMemberPriceCents')}
        {when('registrationOpensAt')}
        {when('registrationClosesAt')}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('eventForm.partnering')}</legend>
        {number('tables', 'tables', t('eventForm.tablesHint'))}
        {number('slotMinutes')}
        <FieldErrors errors={errors.partneringDays} />
        {draft.days.map((day, i) => {
          const dayErrors = errors[`partneringDays[${i}]`] ?? [];
          return (
            <fieldset key={i} className="slot-row">
              <legend>{t('eventForm.day', { number: i + 1 })}</legend>
              <TextField
                label={t('eventForm.dayDate')}
                type="date"
                value={day.date}
                onChange={(e) => setDay(i, { date: e.target.value })}
              />
              <TextField
                label={t('eventForm.dayStart')}
                type="time"
                value={day.start}
                onChange={(e) => setDay(i, { start: e.target.value })}
              />
              <TextField
                label={t('eventForm.dayEnd')}
                type="time"
                value={day.end}
                onChange={(e) => setDay(i, { end: e.target.value })}
              />
              <TextField
                label={t('eventForm.dayBreaks')}
                placeholder="12:00-13:00"
                value={day.breaks}
                onChange={(e) => setDay(i, { breaks: e.target.value })}
              />
              <button
                type="button"
                className="button"
                onClick={() =>
                  set(
                    'days',
                    draft.days.filter((_, j) => j !== i),
                  )
                }
              >
                {t('eventForm.removeDay', { number: i + 1 })}
              </button>
              <FieldErrors errors={dayErrors} />
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button"
          onClick={() =>
            set('days', [
              ...draft.days,
              { date: draft.startsAt.slice(0, 10), start: '09:00', end: '17:00', breaks: '' },
            ])
          }
        >
          {t('eventForm.addDay')}
        </button>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('eventForm.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
