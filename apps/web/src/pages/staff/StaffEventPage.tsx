import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { apiMessage } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { EVENT_DETAIL } from '../events/events.graphql';
import { EventWhen } from '../events/EventSummary';
import { Notice } from '../../ui/Notice';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { ScheduleGrid } from './ScheduleGrid';
import { SCHEDULE_EVENT } from './staff-events.graphql';

/** Event curation for staff: run the partnering scheduler as a dry run, look at it, publish it. */
export function StaffEventPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(EVENT_DETAIL, { variables: { id } });
  const [dryRun, preview] = useMutation(SCHEDULE_EVENT);
  const [publish, published] = useMutation(SCHEDULE_EVENT, { refetchQueries: ['UpcomingMeetings'] });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data)
    return (
      <div className="page">
        <Skeleton lines={6} height="16rem" />
      </div>
    );
  const event = data.event;
  if (!event) return <EmptyState title={t('events.notFound')} />;
  const result = published.data?.scheduleEventMeetings ?? preview.data?.scheduleEventMeetings;
  const failure = preview.error ?? published.error;
  return (
    <div className="page">
      <PageHeader title={event.title} lead={<EventWhen event={event} />} />
      <section className="panel" aria-labelledby="schedule-title">
        <h2 id="schedule-title">{t('schedule.title')}</h2>
        <p className="hint">{t('schedule.lead')}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={preview.loading}
            onClick={() => void dryRun({ variables: { eventId: id, publish: false } }).catch(() => null)}
          >
            {preview.loading ? t('schedule.running') : t('schedule.dryRun')}
          </button>
          {preview.data && !published.data && (
            <button
              type="button"
              className="button button-primary"
              disabled={published.loading}
              onClick={() => void publish({ variables: { eventId: id, publish: true } }).catch(() => null)}
            >
              {t('schedule.publish')}
            </button>
          )}
        </div>
        {failure && <Notice tone="error">{apiMessage(failure) ?? t('common.networkError')}</Notice>}
        {published.data && (
          <Notice>{t('schedule.published', { placed: published.data.scheduleEventMeetings.placed })}</Notice>
        )}
      </section>
      {result && (
        <section className="panel" aria-labelledby="result-title" aria-live="polite">
          <h2 id="result-title">
            {t('schedule.result', { placed: result.placed, unplaced: result.unplaced })}
          </h2>
          {result.meetings.length > 0 ? (
            <ScheduleGrid meetings={result.meetings} timeZone={event.timeZone} />
          ) : (
            <EmptyState title={t('schedule.noMeetings')} />
          )}
          {result.unplacedReasons.length > 0 && (
            <>
              <h3>{t('schedule.unplaced')}</h3>
              <ul>
                {result.unplacedReasons.map((reason, i) => (
                  <li key={i}>{reason}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
