import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldMessages } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { addMinutes, zonedToUtc } from '../../time/zoned-time';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { EVENT_CHOICES, REQUEST_MEETING } from './meetings.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

const MAX_SLOTS = 3;
const DURATIONS = [30, 45, 60];

interface SlotDraft {
  date: string;
  time: string;
}

/**
 * Asks a partner for a one-on-one: a message and up to three times, typed and shown in the
 * viewer's own time zone, or a meeting at an event both attend.
 */
/** The API's limit on a request's message (MAX_MESSAGE in libs/meetings). */
const MAX_MESSAGE = 2000;

export function RequestMeetingDialog({
  partner,
  onClose,
  eventId: atEvent,
}: {
  partner: { id: string; name: string };
  onClose(): void;
  /** Asked from an event's page: a meeting at that event, chosen already. */
  eventId?: string;
}) {
  const { t, timeZone, dateTime, zoneName } = useI18n();
  const [mode, setMode] = useState<'times' | 'event'>(atEvent ? 'event' : 'times');
  const [message, setMessage] = useState('');
  const [location, setLocation] = useState('');
  const [slots, setSlots] = useState<SlotDraft[]>([{ date: '', time: '10:00' }]);
  const [duration, setDuration] = useState(30);
  const [eventId, setEventId] = useState(atEvent ?? '');
  // Asked to meet at an event without choosing one: said under the list, nothing sent.
  const [eventMissing, setEventMissing] = useState(false);
  const events = useQuery(EVENT_CHOICES, { skip: mode !== 'event' });
  const [request, { data, loading, error }] = useMutation(REQUEST_MEETING, {
    // The pages that show where the two companies stand, so no card invites a second request.
    refetchQueries: [
      'MeetingRequests',
      'Directory',
      'CompanyProfile',
      'MeetingsWithPartners',
      'EventAttendees',
    ],
  });
  const problems = fieldMessages(error);
  const problemsAt = (prefix: string) =>
    problems.filter((p) => p.path.startsWith(prefix)).map((p) => p.message);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'event' && !eventId) {
      setEventMissing(true);
      return;
    }
    const proposedSlots =
      mode === 'times'
        ? slots
            .filter((s) => s.date && s.time)
            .map((s) => {
              const start = zonedToUtc(s.date, s.time, timeZone);
              return { start, end: addMinutes(start, duration) };
            })
        : undefined;
    await request({
      variables: {
        toCompanyId: partner.id,
        message: message.trim() || null,
        location: location.trim() || null,
        proposedSlots,
        eventId: mode === 'event' ? eventId || null : null,
      },
    }).catch(() => null);
  };

  if (data) {
    return (
      <Dialog title={t('request.title', { name: partner.name })} onClose={onClose}>
        <Notice>{t('request.sent', { name: partner.name })}</Notice>
        <div className="form-actions">
          <Link to="/requests" className="button">
            {t('request.seeSent')}
          </Link>
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={t('request.title', { name: partner.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextAreaField
          label={t('request.message')}
          hint={t('request.messageHint')}
          value={message}
          maxLength={MAX_MESSAGE}
          rows={4}
          onChange={(e) => setMessage(e.target.value)}
          errors={problemsAt('message')}
        />
        <TextField
          label={t('request.location')}
          hint={t('request.locationHint')}
          value={location}
          maxLength={500}
          onChange={(e) => setLocation(e.target.value)}
          errors={problemsAt('location')}
        />
        <fieldset className="field">
          <legend>{t('request.when')}</legend>
          <label className="radio">
            <input type="radio" name="mode" checked={mode === 'times'} onChange={() => setMode('times')} />
            <span>{t('request.proposeTimes')}</span>
          </label>
          <label className="radio">
            <input type="radio" name="mode" checked={mode === 'event'} onChange={() => setMode('event')} />
            <span>{t('request.atEvent')}</span>
          </label>
        </fieldset>
        {mode === 'times' ? (
          <fieldset className="field">
            <legend>{t('request.times', { timeZone: zoneName() })}</legend>
            {slots.map((slot, i) => (
              <div key={i} className="slot-row">
                <label>
                  {t('request.slotDate', { number: i + 1 })}
                  <input
                    type="date"
                    value={slot.date}
                    onChange={(e) =>
                      setSlots((l) => l.map((s, j) => (j === i ? { ...s, date: e.target.value } : s)))
                    }
                  />
                </label>
                <label>
                  {t('request.slotTime', { number: i + 1 })}
                  <input
                    type="time"
                    step={900}
                    value={slot.time}
                    onChange={(e) =>
                      setSlots((l) => l.map((s, j) => (j === i ? { ...s, time: e.target.value } : s)))
                    }
                  />
                </label>
                {slot.date && slot.time && (
                  <span className="muted slot-preview">
                    {dateTime(zonedToUtc(slot.date, slot.time, timeZone))}
                  </span>
                )}
                {slots.length > 1 && (
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => setSlots((l) => l.filter((_, j) => j !== i))}
                  >
                    {t('common.remove')}
                  </button>
                )}
                {problemsAt(`proposedSlots[${i}]`).length > 0 && (
                  <p className="field-errors">{problemsAt(`proposedSlots[${i}]`).join(' ')}</p>
                )}
              </div>
            ))}
            {slots.length < MAX_SLOTS && (
              <button
                type="button"
                className="button"
                onClick={() => setSlots((l) => [...l, { date: '', time: '10:00' }])}
              >
                {t('request.addTime')}
              </button>
            )}
            <SelectField
              label={t('request.duration')}
              value={duration}
              onChange={(e) => setDuration(Number(e.target.value))}
            >
              {DURATIONS.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t('request.minutes', { minutes })}
                </option>
              ))}
            </SelectField>
            {problemsAt('proposedSlots').length > 0 &&
              !slots.some((_, i) => problemsAt(`proposedSlots[${i}]`).length) && (
                <p className="field-errors">{problemsAt('proposedSlots').join(' ')}</p>
              )}
          </fieldset>
        ) : (
          <SelectField
            label={t('request.event')}
            value={eventId}
            onChange={(e) => {
              setEventId(e.target.value);
              setEventMissing(false);
            }}
            errors={[...(eventMissing ? [t('request.eventMissing')] : []), ...problemsAt('eventId')]}
            hint={events.data && events.data.events.length === 0 ? t('request.noEvents') : undefined}
          >
            <option value="">{t('request.chooseEvent')}</option>
            {events.data?.events.map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.title} — {dateTime(ev.startsAt, { timeStyle: undefined, timeZone: ev.timeZone })}
              </option>
            ))}
          </SelectField>
        )}
        {error && !problems.length && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('request.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
