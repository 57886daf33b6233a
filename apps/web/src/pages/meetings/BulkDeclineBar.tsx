import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { DECLINE_MEETING_REQUESTS } from './meetings.graphql';

/**
 * Declines the selected received requests at once with one polite word (prefilled, editable):
 * all of them or none, and each requester is told in their own language.
 */
export function BulkDeclineBar({
  selected,
  onClear,
  onDeclined,
}: {
  selected: string[];
  onClear(): void;
  onDeclined(count: number): void;
}) {
  const { t, plural } = useI18n();
  const [reason, setReason] = useState(() => t('requests.bulkReasonDefault'));
  const [decline, declining] = useMutation(DECLINE_MEETING_REQUESTS, {
    refetchQueries: ['MeetingRequests', 'Notifications'],
  });
  const submit = () =>
    decline({ variables: { ids: selected, reason: reason.trim() || null } })
      .then(() => onDeclined(selected.length))
      .catch(() => null);
  return (
    <section className="card bulk-bar" aria-label={plural('requests.selected', selected.length)}>
      <p>
        <strong>{plural('requests.selected', selected.length)}</strong>
      </p>
      <div className="field">
        <label htmlFor="bulk-reason">{t('requests.bulkReason')}</label>
        <textarea id="bulk-reason" value={reason} rows={3} onChange={(e) => setReason(e.target.value)} />
      </div>
      {declining.error && <ErrorNotice error={declining.error} />}
      <div className="card-actions">
        <button type="button" className="button button-danger" disabled={declining.loading} onClick={submit}>
          {plural('requests.declineSelected', selected.length)}
        </button>
        <button type="button" className="button" onClick={onClear}>
          {t('requests.clearSelection')}
        </button>
      </div>
    </section>
  );
}
