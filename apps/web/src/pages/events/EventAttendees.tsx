import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PartnerCard, type PartnerSummary } from '../../features/companies/PartnerCard';
import { RequestMeetingDialog } from '../../features/meetings/RequestMeetingDialog';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SkeletonCards } from '../../ui/PageState';
import { EVENT_ATTENDEES } from './events.graphql';

/** Best fit with one's own company first; companies without a fit after, by name. */
export function byFit<T extends { name: string; fitWithMe: { score: number } | null }>(
  list: readonly T[],
): T[] {
  return [...list].sort(
    (a, b) => (b.fitWithMe?.score ?? -1) - (a.fitWithMe?.score ?? -1) || a.name.localeCompare(b.name),
  );
}

/**
 * The companies attending the event, with their fit; an attendee may ask another for a meeting
 * at the event itself (the event's scheduler then places it).
 */
export function EventAttendees({ eventId, attending }: { eventId: string; attending: boolean }) {
  const { t } = useI18n();
  const { data, error } = useQuery(EVENT_ATTENDEES, { variables: { id: eventId } });
  const [requesting, setRequesting] = useState<PartnerSummary | null>(null);
  const attendees = byFit(data?.event?.attendees ?? []);
  return (
    <section className="panel" aria-labelledby="attendees-title">
      <h2 id="attendees-title">{t('attendees.title')}</h2>
      <p className="muted">{t('attendees.lead')}</p>
      {error && !data ? (
        <ErrorNotice error={error} />
      ) : !data ? (
        <SkeletonCards count={2} />
      ) : attendees.length === 0 ? (
        <p className="muted">{t('attendees.empty')}</p>
      ) : (
        <ul className="card-list card-grid">
          {attendees.map((company) => (
            <li key={company.id}>
              <PartnerCard
                company={company}
                own={false}
                onRequest={() => setRequesting(company)}
                requestLabel={attending ? t('attendees.request') : undefined}
              />
            </li>
          ))}
        </ul>
      )}
      {requesting && (
        <RequestMeetingDialog
          partner={requesting}
          eventId={attending ? eventId : undefined}
          onClose={() => setRequesting(null)}
        />
      )}
    </section>
  );
}
