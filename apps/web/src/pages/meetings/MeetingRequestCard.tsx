import { Link } from 'react-router';
import type { MeetingRequestsQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { MeetingRequestActions } from './MeetingRequestActions';

export type MeetingRequestItem = MeetingRequestsQuery['meetingRequests']['edges'][number]['node'];

/** One request: who asks, why, where, the proposed times, and what the viewer can do with it. */
export function MeetingRequestCard({ request }: { request: MeetingRequestItem }) {
  const { t, dateTime, timeRange } = useI18n();
  const received = request.direction === 'INCOMING';
  const other = received ? request.fromCompany : request.toCompany;
  const pending = request.status === 'PENDING';
  return (
    <article className="card" aria-labelledby={`r-${request.id}`}>
      <div className="card-head">
        <div>
          <h3 id={`r-${request.id}`}>
            <Link to={`/companies/${other.id}`}>{other.name}</Link>
          </h3>
          <p className="muted">
            {received
              ? t('requests.from', { name: request.requester.name })
              : t('requests.by', { name: request.requester.name })}
            {' · '}
            {dateTime(request.createdAt)}
            {request.event && ` · ${t('requests.atEvent', { event: request.event.title })}`}
          </p>
        </div>
        <span className={`status status-${request.status.toLowerCase()}`}>
          {t(`requestStatus.${request.status}`)}
        </span>
      </div>
      {request.message && <blockquote className="message">{request.message}</blockquote>}
      {request.location && <p>{t('requests.location', { location: request.location })}</p>}
      {request.reason && !pending && (
        <p className="muted">{t('requests.reason', { reason: request.reason })}</p>
      )}
      {request.meeting?.status === 'SCHEDULED' && (
        <p className="meeting-time">
          {t('requests.meetingAt', { time: timeRange(request.meeting.start, request.meeting.end) })}
        </p>
      )}
      {pending && !received && request.proposedSlots.length > 0 && (
        <ul className="slots" aria-label={t('requests.proposed')}>
          {request.proposedSlots.map((s) => (
            <li key={s.start}>{timeRange(s.start, s.end)}</li>
          ))}
        </ul>
      )}
      {pending && <p className="muted">{t('requests.expires', { date: dateTime(request.expiresAt) })}</p>}
      <MeetingRequestActions request={request} received={received} />
    </article>
  );
}
