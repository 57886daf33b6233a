import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { DetailPageSkeleton, EmptyState, ErrorState, PageHeader } from '../../ui/PageState';
import { EventAgenda } from './EventAgenda';
import { EventAttendees } from './EventAttendees';
import { EVENT_DETAIL } from './events.graphql';
import { MyEventSchedule } from './MyEventSchedule';
import { EventRegistration } from './EventRegistration';
import { EventCapacity, EventWhen } from './EventSummary';
import { EventWishes } from './EventWishes';

/**
 * One event: what it is, its programme, the viewer's price with tax and registration (or the
 * waitlist); for an attendee, their schedule there; for members, whom they can meet there.
 */
export function EventPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const { isStaff, viewer } = useSession();
  const { data, error, refetch } = useQuery(EVENT_DETAIL, { variables: { id } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <DetailPageSkeleton />;
  const event = data.event;
  if (!event) return <EmptyState title={t('events.notFound')} />;
  const attending = event.myRegistration?.status === 'CONFIRMED';
  return (
    <div className="page page-narrow">
      <PageHeader
        title={event.title}
        lead={event.organizers
          .map((o) => (o === 'LSO' ? 'Life Sciences Ontario' : o === 'BIOQUEBEC' ? 'BIOQuébec' : o))
          .join(' · ')}
        actions={
          isStaff && (
            <Link className="button" to={`/staff/events/${event.id}`}>
              {t('events.curate')}
            </Link>
          )
        }
      />
      <section className="panel" lang={locale}>
        <EventWhen event={event} />
        {event.venue && <p>{event.venue}</p>}
        {event.description && <p className="prose">{event.description}</p>}
        <EventCapacity event={event} />
      </section>
      <EventAgenda eventId={event.id} />
      <EventRegistration event={event} />
      {attending && <MyEventSchedule event={event} />}
      {attending && <EventWishes eventId={event.id} />}
      {viewer?.company && <EventAttendees eventId={event.id} attending={attending} />}
    </div>
  );
}
