import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { downloadFile } from '../../features/download';
import type { ScheduleResultFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { EmptyState } from '../../ui/PageState';
import { ScheduleGrid } from './ScheduleGrid';
import { SCHEDULE_EVENT, SCHEDULE_RUN } from './staff-events.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

const WORKING = ['QUEUED', 'RUNNING'];

/**
 * The partnering scheduler: a dry run shows the grid, the unplaced meetings with why, and how many
 * cannot be placed whatever the schedule (the proven lower bound, in words a staff member reads);
 * publishing, once confirmed, creates the meetings. A long run is followed with scheduleRun.
 */
export function SchedulerPanel({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const { t, plural, number } = useI18n();
  const [run, running] = useMutation(SCHEDULE_EVENT, { refetchQueries: ['EventCuration'] });
  const [result, setResult] = useState<ScheduleResultFieldsFragment | null>(null);
  const [exportError, setExportError] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const pending = result && WORKING.includes(result.status) ? result.runId : null;
  const followed = useQuery(SCHEDULE_RUN, {
    variables: { id: pending ?? '' },
    skip: !pending,
    pollInterval: 1000,
  });
  useEffect(() => {
    const latest = followed.data?.scheduleRun;
    if (latest && latest.runId === pending && !WORKING.includes(latest.status)) setResult(latest);
  }, [followed.data, pending]);

  const start = async (publish: boolean) => {
    const answer = await run({ variables: { eventId, publish } }).catch(() => null);
    if (answer?.data) setResult(answer.data.scheduleEventMeetings);
  };
  const exportCsv = () =>
    downloadFile(`/admin/events/${eventId}/schedule.csv`, `schedule-${eventId}.csv`)
      .then(() => setExportError(false))
      .catch(() => setExportError(true));
  const busy = running.loading || Boolean(pending);
  return (
    <section className="panel" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('schedule.title')}</h2>
      <p className="hint">{t('schedule.lead')}</p>
      <div className="form-actions form-actions-start">
        <button type="button" className="button" disabled={busy} onClick={() => void start(false)}>
          {busy ? t('schedule.running') : t('schedule.dryRun')}
        </button>
        {result && !result.publish && result.status === 'DONE' && (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('schedule.publish')}
          </button>
        )}
        {confirming && result && (
          <Dialog title={t('schedule.confirmTitle')} onClose={() => setConfirming(false)}>
            <p>
              {plural('schedule.confirmCreate', result.placed)}
              {result.unplaced > 0 && ` ${plural('schedule.confirmLeft', result.unplaced)}`}
            </p>
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('schedule.cancel')}
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setConfirming(false);
                  void start(true);
                }}
              >
                {t('schedule.confirm')}
              </button>
            </div>
          </Dialog>
        )}
        <button type="button" className="button" onClick={() => void exportCsv()}>
          {t('schedule.exportCsv')}
        </button>
      </div>
      {running.error && <ErrorNotice error={running.error} />}
      {exportError && <Notice tone="error">{t('schedule.exportFailed')}</Notice>}
      <div aria-live="polite">
        {result?.status === 'FAILED' && (
          <Notice tone="error">{result.error ?? t('common.networkError')}</Notice>
        )}
        {result?.status === 'DONE' && (
          <>
            {result.publish && <Notice>{t('schedule.published', { placed: result.placed })}</Notice>}
            <h3>{t('schedule.result', { placed: result.placed, unplaced: result.unplaced })}</h3>
            <p>
              {result.lowerBoundUnplaced > 0
                ? plural('schedule.bound', result.lowerBoundUnplaced)
                : t('schedule.boundNone')}
            </p>
            <p className="muted">
              {t('schedule.stats', { kept: result.kept, millis: number(result.millis) })}
            </p>
            {result.placed + result.kept > 0 ? (
              <ScheduleGrid result={result} timeZone={timeZone} />
            ) : (
              <EmptyState title={t('schedule.noMeetings')} />
            )}
            {result.unplacedMeetings.length > 0 && (
              <>
                <h3 className="spaced">{t('schedule.unplaced')}</h3>
                <ul>
                  {result.unplacedMeetings.map((u) => (
                    <li key={u.request.id}>
                      <strong>
                        {u.request.fromCompany.name} × {u.request.toCompany.name}
                      </strong>{' '}
                      — {u.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
