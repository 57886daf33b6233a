import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { EmptyState, ErrorState, PageHeader, SkeletonCards } from '../../ui/PageState';
import { CalendarFeed } from './CalendarFeed';
import { CANCEL_MEETING, UPCOMING_MEETINGS } from './meetings.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PlaceOrLink } from '../../ui/PlaceOrLink';
import { RescheduleMeeting } from './RescheduleMeeting';

/** Upcoming meetings by day, in the viewer's time zone, each with its calendar file. */
export function MeetingsPage() {
  const { t, dateTime } = useI18n();
  const time = (iso: string) => dateTime(iso, { dateStyle: undefined, timeStyle: 'short' });
  const { viewer } = useSession();
  const from = useMemo(() => new Date(Date.now() - 60 * 60 * 1000).toISOString(), []);
  const { data, error, refetch } = useQuery(UPCOMING_MEETINGS, { variables: { from } });
  const [cancel, cancelling] = useMutation(CANCEL_MEETING, {
    refetchQueries: ['UpcomingMeetings', 'MeetingRequests', 'Notifications'],
  });
  const [confirming, setConfirming] = useState<string | null>(null);
  const meetings = (data?.meetings ?? []).filter((m) => m.status === 'SCHEDULED');
  const byDay = new Map<string, typeof meetings>();
  for (const meeting of meetings) {
    const day = dateTime(meeting.start, { dateStyle: 'full', timeStyle: undefined });
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  return (
    <div className="page">
      <PageHeader title={t('meetings.title')} lead={t('meetings.lead')} />
      {cancelling.error && <ErrorNotice error={cancelling.error} />}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonCards count={2} />
      ) : meetings.length === 0 ? (
        <EmptyState title={t('meetings.empty')}>
          <p>
            <Link to="/suggestions">{t('meetings.findPartners')}</Link>
          </p>
        </EmptyState>
      ) : (
        [...byDay].map(([day, list]) => (
          <section key={day} aria-label={day} className="day">
            <h2>{day}</h2>
            <ul className="card-list">
              {list.map((m) => {
                const partners = m.companies.filter((c) => c.id !== viewer?.company?.id);
                return (
                  <li key={m.id}>
                    <article className="card meeting" aria-labelledby={`m-${m.id}`}>
                      <h3 id={`m-${m.id}`}>
                        {partners.map((c) => c.name).join(', ') || m.companies.map((c) => c.name).join(', ')}
                      </h3>
                      <p className="meeting-time">
                        {time(m.start)} – {time(m.end)}
                      </p>
                      <p className="muted">
                        {[m.event?.title, m.location, m.table && t('meetings.table', { table: m.table })]
                          .filter((part): part is string => Boolean(part))
                          .map((part, i) => (
                            <Fragment key={i}>
                              {i > 0 && ' · '}
                              {part === m.location ? <PlaceOrLink text={part} /> : part}
                            </Fragment>
                          ))}
                      </p>
                      <p className="muted">{m.participants.map((p) => p.name).join(', ')}</p>
                      <div className="card-actions">
                        <a className="button" href={m.icsUrl} download>
                          {t('meetings.addToCalendar')}
                        </a>
                        {confirming === m.id ? (
                          <>
                            <button
                              type="button"
                              className="button button-danger"
                              disabled={cancelling.loading}
                              onClick={() => void cancel({ variables: { id: m.id } }).catch(() => null)}
                            >
                              {t('meetings.confirmCancel')}
                            </button>
                            <button type="button" className="button" onClick={() => setConfirming(null)}>
                              {t('common.back')}
                            </button>
                          </>
                        ) : (
                          <button type="button" className="button" onClick={() => setConfirming(m.id)}>
                            {t('meetings.cancel')}
                          </button>
                        )}
                      </div>
                      {/* Meetings of an event's grid are moved by its organizers only. */}
                      {!m.event && confirming !== m.id && <RescheduleMeeting meeting={m} />}
                    </article>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
      <CalendarFeed />
    </div>
  );
}
