import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { fieldMessages } from '../../graphql/errors';
import type { UpcomingMeetingsQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { addMinutes, utcToZoned, zonedToUtc } from '../../time/zoned-time';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { PROPOSE_RESCHEDULE, RESPOND_TO_RESCHEDULE, WITHDRAW_RESCHEDULE } from './meetings.graphql';

type Meeting = UpcomingMeetingsQuery['meetings'][number];

// Answering or withdrawing marks the notification about it read; a move changes the list.
const REFRESH = ['UpcomingMeetings', 'Notifications'];
const MAX_SLOTS = 3;
const LENGTHS = [15, 30, 45, 60, 90, 120, 180];

interface SlotDraft {
  start: string;
  minutes: number;
}

/**
 * Moving a meeting: either side proposes up to three new times with a word; the other side sees
 * them, picks one and accepts, or declines (the meeting then stays as it was); until then the
 * proposing side may withdraw them.
 */
export function RescheduleMeeting({ meeting }: { meeting: Meeting }) {
  const proposal = meeting.pendingReschedule;
  if (proposal?.canAnswer) return <AnswerReschedule meeting={meeting} proposal={proposal} />;
  if (proposal) return <WaitingReschedule meeting={meeting} proposal={proposal} />;
  return <ProposeReschedule meeting={meeting} />;
}

/** The proposer's side: the times waiting for an answer, and taking them back (the meeting stays). */
function WaitingReschedule({
  meeting,
  proposal,
}: {
  meeting: Meeting;
  proposal: NonNullable<Meeting['pendingReschedule']>;
}) {
  const { t, timeRange } = useI18n();
  const [withdraw, withdrawing] = useMutation(WITHDRAW_RESCHEDULE, { refetchQueries: REFRESH });
  return (
    <div className="reschedule">
      <p>{t('reschedule.waiting')}</p>
      <ul>
        {proposal.slots.map((s) => (
          <li key={s.start}>{timeRange(s.start, s.end)}</li>
        ))}
      </ul>
      {withdrawing.error && <ErrorNotice error={withdrawing.error} />}
      <div className="card-actions">
        <button
          type="button"
          className="button"
          disabled={withdrawing.loading}
          onClick={() => void withdraw({ variables: { meetingId: meeting.id } }).catch(() => null)}
        >
          {t('reschedule.withdraw')}
        </button>
      </div>
    </div>
  );
}

function AnswerReschedule({
  meeting,
  proposal,
}: {
  meeting: Meeting;
  proposal: NonNullable<Meeting['pendingReschedule']>;
}) {
  const { t, timeRange } = useI18n();
  const [chosen, setChosen] = useState(0);
  const [respond, responding] = useMutation(RESPOND_TO_RESCHEDULE, { refetchQueries: REFRESH });
  const answer = (accept: boolean) => {
    const slot = proposal.slots[chosen];
    void respond({
      variables: { id: proposal.id, accept, slot: accept ? { start: slot.start, end: slot.end } : null },
    }).catch(() => null);
  };
  return (
    <div className="reschedule">
      <fieldset className="field">
        <legend>{t('reschedule.proposedBy', { name: proposal.proposedBy?.name ?? '' })}</legend>
        {proposal.message && <p className="muted">{t('reschedule.quote', { message: proposal.message })}</p>}
        {proposal.slots.map((s, i) => (
          <label key={s.start} className="radio">
            <input
              type="radio"
              name={`reschedule-${meeting.id}`}
              checked={chosen === i}
              onChange={() => setChosen(i)}
            />
            <span>{timeRange(s.start, s.end)}</span>
          </label>
        ))}
      </fieldset>
      {responding.error && <ErrorNotice error={responding.error} />}
      <div className="card-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={responding.loading}
          onClick={() => answer(true)}
        >
          {t('reschedule.accept')}
        </button>
        <button type="button" className="button" disabled={responding.loading} onClick={() => answer(false)}>
          {t('reschedule.decline')}
        </button>
      </div>
    </div>
  );
}

function ProposeReschedule({ meeting }: { meeting: Meeting }) {
  const { t, timeZone } = useI18n();
  const minutes = Math.round((Date.parse(meeting.end) - Date.parse(meeting.start)) / 60_000);
  const local = (iso: string) => {
    const { date, time } = utcToZoned(iso, timeZone);
    return `${date}T${time}`;
  };
  const instant = (value: string) => {
    const [date, time] = value.split('T');
    return zonedToUtc(date, time, timeZone);
  };
  // A new time starts as the one before it a day later: never overlapping it.
  const dayAfter = (slot: SlotDraft): SlotDraft => ({
    start: slot.start ? local(addMinutes(instant(slot.start), 24 * 60)) : '',
    minutes: slot.minutes,
  });
  const fresh = (): SlotDraft => dayAfter({ start: local(meeting.start), minutes });
  const [open, setOpen] = useState(false);
  const [slots, setSlots] = useState<SlotDraft[]>([]);
  const [message, setMessage] = useState('');
  const [propose, proposing] = useMutation(PROPOSE_RESCHEDULE, { refetchQueries: REFRESH });
  const [missing, setMissing] = useState(false);
  const problems = fieldMessages(proposing.error);
  const errorsAt = (path: string) => problems.filter((p) => p.path === path).map((p) => p.message);
  // The browser leaves a cleared date empty: said here, as nothing can be sent without it.
  const startErrors = (i: number) => [
    ...(missing && !slots[i].start ? [t('reschedule.startMissing')] : []),
    ...errorsAt(`slots[${i}]`),
  ];
  const edit = (i: number, change: Partial<SlotDraft>) =>
    setSlots((all) => all.map((s, j) => (j === i ? { ...s, ...change } : s)));

  if (!open) {
    return (
      <div className="card-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setSlots([fresh()]);
            setMissing(false);
            setOpen(true);
          }}
        >
          {t('reschedule.propose')}
        </button>
      </div>
    );
  }
  const send = () => {
    setMissing(true);
    if (slots.some((s) => !s.start)) return;
    const ranges = slots.map((s) => {
      const start = instant(s.start);
      return { start, end: addMinutes(start, s.minutes) };
    });
    void propose({ variables: { meetingId: meeting.id, slots: ranges, message: message.trim() || null } })
      .then(() => setOpen(false))
      .catch(() => null);
  };
  return (
    <form
      className="reschedule"
      aria-label={t('reschedule.propose')}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
      noValidate
    >
      {slots.map((slot, i) => (
        <fieldset key={i} className="form-section">
          <legend>{t('reschedule.slot', { n: i + 1 })}</legend>
          <TextField
            label={t('reschedule.start')}
            type="datetime-local"
            required
            value={slot.start}
            errors={startErrors(i)}
            onChange={(e) => edit(i, { start: e.target.value })}
          />
          <SelectField
            label={t('reschedule.length')}
            value={String(slot.minutes)}
            onChange={(e) => edit(i, { minutes: Number(e.target.value) })}
          >
            {[...new Set([...LENGTHS, slot.minutes])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={m}>
                  {t('reschedule.minutes', { count: m })}
                </option>
              ))}
          </SelectField>
          {slots.length > 1 && (
            <button
              type="button"
              className="button"
              onClick={() => setSlots((all) => all.filter((_, j) => j !== i))}
            >
              {t('reschedule.remove', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {slots.length < MAX_SLOTS && (
        <button
          type="button"
          className="button"
          onClick={() => setSlots((all) => [...all, dayAfter(all[all.length - 1])])}
        >
          {t('reschedule.addSlot')}
        </button>
      )}
      <TextAreaField
        label={t('reschedule.message')}
        value={message}
        rows={2}
        maxLength={2000}
        errors={errorsAt('message')}
        onChange={(e) => setMessage(e.target.value)}
      />
      {proposing.error && problems.length === 0 && <ErrorNotice error={proposing.error} />}
      <div className="card-actions">
        <button type="submit" className="button button-primary" disabled={proposing.loading}>
          {t('reschedule.send')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common.back')}
        </button>
      </div>
    </form>
  );
}
