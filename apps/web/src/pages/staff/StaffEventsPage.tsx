import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { STAFF_EVENTS } from './staff-event-form.graphql';

/** Every event, newest first for staff: registrations, waitlist, and links to manage or edit. */
export function StaffEventsPage() {
  const { t, timeRange } = useI18n();
  const { data, error, refetch } = useQuery(STAFF_EVENTS, { fetchPolicy: 'cache-and-network' });
  const events = data ? [...data.events].sort((a, b) => b.startsAt.localeCompare(a.startsAt)) : [];
  return (
    <div className="page">
      <PageHeader
        title={t('staffEvents.title')}
        actions={
          <Link className="button button-primary" to="/staff/events/new">
            {t('staffEvents.new')}
          </Link>
        }
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Skeleton lines={6} height="16rem" />
      ) : events.length === 0 ? (
        <EmptyState title={t('staffEvents.none')} />
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('staffEvents.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('staffEvents.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staffEvents.event')}</th>
                <th scope="col">{t('staffEvents.when')}</th>
                <th scope="col">{t('staffEvents.registered')}</th>
                <th scope="col">{t('staffEvents.waitlist')}</th>
                <th scope="col">{t('staffEvents.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/staff/events/${e.id}`}>{e.title}</Link>
                    {e.venue && <div className="muted">{e.venue}</div>}
                  </td>
                  <td>{timeRange(e.startsAt, e.endsAt, e.timeZone)}</td>
                  <td>
                    {e.capacity == null
                      ? e.registeredCount
                      : t('staffEvents.ofCapacity', { count: e.registeredCount, capacity: e.capacity })}
                  </td>
                  <td>{e.waitlistCount}</td>
                  <td>
                    <Link
                      to={`/staff/events/${e.id}/edit`}
                      aria-label={t('staffEvents.editNamed', { title: e.title })}
                    >
                      {t('staffEvents.edit')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
