import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { EmptyState, ErrorState, PageHeader, SkeletonCards } from '../../ui/PageState';
import { EVENTS_LIST } from './events.graphql';
import { EventCapacity, EventPrice, EventWhen } from './EventSummary';

/** Upcoming joint events of the two associations, with the viewer's own price. */
export function EventsPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(EVENTS_LIST, { variables: { upcoming: true } });
  return (
    <div className="page">
      <PageHeader title={t('events.title')} lead={t('events.lead')} />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonCards count={3} />
      ) : data.events.length === 0 ? (
        <EmptyState title={t('events.empty')} />
      ) : (
        <ul className="card-list">
          {data.events.map((event) => (
            <li key={event.id}>
              <article className="card" aria-labelledby={`e-${event.id}`}>
                <div className="card-head">
                  <h2 id={`e-${event.id}`} className="card-title">
                    <Link to={`/events/${event.id}`}>{event.title}</Link>
                  </h2>
                  {event.myRegistration && (
                    <span
                      className={`status status-${event.myRegistration.status === 'CONFIRMED' ? 'accepted' : 'pending'}`}
                    >
                      {event.myRegistration.status === 'CONFIRMED'
                        ? t('events.youAreRegistered')
                        : t('events.youAreWaitlisted')}
                    </span>
                  )}
                </div>
                <EventWhen event={event} />
                {event.venue && <p className="muted">{event.venue}</p>}
                <EventPrice price={event.priceForMe} />
                <EventCapacity event={event} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
