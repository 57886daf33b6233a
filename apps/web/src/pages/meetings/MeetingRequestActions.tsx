import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import {
  CANCEL_MEETING,
  CANCEL_MEETING_REQUEST,
  RESPOND_TO_REQUEST,
  type MeetingRequestItem,
} from './meetings.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

// Notifications: acting on a request or meeting marks what told the person about it read.
const REFRESH = ['MeetingRequests', 'UpcomingMeetings', 'Notifications'];

/**
 * What the viewer can do: the recipient accepts one of the proposed times or declines with a
 * word; the requester withdraws a request still waiting; either side cancels the meeting.
 */
export function MeetingRequestActions({
  request,
  received,
}: {
  request: MeetingRequestItem;
  received: boolean;
}) {
  const { t, timeRange } = useI18n();
  const [slot, setSlot] = useState(0);
  const [answering, setAnswering] = useState<'decline' | 'withdraw' | null>(null);
  const [reason, setReason] = useState('');
  const [respond, responding] = useMutation(RESPOND_TO_REQUEST, { refetchQueries: REFRESH });
  const [withdraw, withdrawing] = useMutation(CANCEL_MEETING_REQUEST, { refetchQueries: REFRESH });
  const [cancel, cancelling] = useMutation(CANCEL_MEETING, { refetchQueries: REFRESH });
  const pending = request.status === 'PENDING';
  const busy = responding.loading || withdrawing.loading || cancelling.loading;
  const error = responding.error ?? withdrawing.error ?? cancelling.error;
  const chosen = request.proposedSlots[slot];
  const note = reason.trim() || null;

  const accept = () =>
    respond({
      variables: {
        id: request.id,
        accept: true,
        slot: chosen ? { start: chosen.start, end: chosen.end } : null,
      },
    }).catch(() => null);
  const confirm = () =>
    (answering === 'decline'
      ? respond({ variables: { id: request.id, accept: false, reason: note } })
      : withdraw({ variables: { id: request.id, reason: note } })
    ).catch(() => null);

  return (
    <>
      {pending && received && request.proposedSlots.length > 0 && !answering && (
        <fieldset className="field">
          <legend>{t('requests.pickSlot')}</legend>
          {request.proposedSlots.map((s, i) => (
            <label key={s.start} className="radio">
              <input
                type="radio"
                name={`slot-${request.id}`}
                checked={slot === i}
                onChange={() => setSlot(i)}
              />
              <span>{timeRange(s.start, s.end)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {answering && (
        <div className="field">
          <label htmlFor={`reason-${request.id}`}>{t('requests.declineReason')}</label>
          <textarea
            id={`reason-${request.id}`}
            value={reason}
            rows={2}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="card-actions">
        {pending && received && !answering && (
          <>
            <button type="button" className="button button-primary" disabled={busy} onClick={accept}>
              {t('requests.accept')}
            </button>
            <button type="button" className="button" onClick={() => setAnswering('decline')}>
              {t('requests.decline')}
            </button>
          </>
        )}
        {pending && !received && !answering && (
          <button type="button" className="button" onClick={() => setAnswering('withdraw')}>
            {t('requests.withdraw')}
          </button>
        )}
        {answering && (
          <>
            <button type="button" className="button button-danger" disabled={busy} onClick={confirm}>
              {answering === 'decline' ? t('requests.confirmDecline') : t('requests.confirmWithdraw')}
            </button>
            <button type="button" className="button" onClick={() => setAnswering(null)}>
              {t('common.back')}
            </button>
          </>
        )}
        {request.meeting?.status === 'SCHEDULED' && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void cancel({ variables: { id: request.meeting!.id } }).catch(() => null)}
          >
            {t('meetings.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
