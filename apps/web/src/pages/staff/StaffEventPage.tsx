import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { EventWhen } from '../events/EventSummary';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { EventCandidatesPanel } from './EventCandidatesPanel';
import { EventDemandPanel } from './EventDemandPanel';
import { EventRegistrationsPanel } from './EventRegistrationsPanel';
import { SchedulerPanel } from './SchedulerPanel';
import { EVENT_CURATION } from './staff-events.graphql';

/** Event curation for staff: who comes, who wants to meet whom, and the partnering schedule. */
export function StaffEventPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(EVENT_CURATION, { variables: { id } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data)
    return (
      <div className="page">
        <Skeleton lines={2} height="4rem" />
        <Skeleton lines={10} height="24rem" />
      </div>
    );
  const event = data.event;
  if (!event) return <EmptyState title={t('events.notFound')} />;
  const attendingCompanies = [
    ...new Map(
      event.registrations.filter((r) => r.status === 'CONFIRMED').map((r) => [r.company.id, r.company]),
    ).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="page">
      <PageHeader
        title={event.title}
        lead={<EventWhen event={event} />}
        actions={
          <>
            <Link className="button" to={`/staff/events/${event.id}/edit`}>
              {t('staffEvents.edit')}
            </Link>
            <Link className="button" to={`/events/${event.id}`}>
              {t('curationPage.publicPage')}
            </Link>
          </>
        }
      />
      <EventRegistrationsPanel eventId={event.id} registrations={event.registrations} />
      <EventDemandPanel demand={data.eventDemand} />
      <EventCandidatesPanel eventId={event.id} companies={attendingCompanies} />
      <SchedulerPanel eventId={event.id} timeZone={event.timeZone} />
    </div>
  );
}
