import { Fragment } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { ScoreMeter } from '../suggestions/SuggestionCard';
import { PlaceOrLink } from '../../ui/PlaceOrLink';
import { MeetingRequestActions } from './MeetingRequestActions';
import type { MeetingRequestItem } from './meetings.graphql';

const SHOWN_REASONS = 3;

export interface CardSelection {
  checked: boolean;
  onChange(checked: boolean): void;
}

/**
 * One request: who asks, how well they suit the receiving company and why, the proposed times,
 * and what the viewer can do with it (a received pending one can be selected to decline many).
 */
export function MeetingRequestCard({
  request,
  selection,
}: {
  request: MeetingRequestItem;
  selection?: CardSelection;
}) {
  const { t, dateTime, timeRange } = useI18n();
  const received = request.direction === 'INCOMING';
  const other = received ? request.fromCompany : request.toCompany;
  const pending = request.status === 'PENDING';
  return (
    <article className="card" aria-labelledby={`r-${request.id}`}>
      <div className="card-head">
        {selection && (
          <input
            type="checkbox"
            className="select-request"
            checked={selection.checked}
            aria-label={t('requests.select', { name: other.name })}
            onChange={(e) => selection.onChange(e.target.checked)}
          />
        )}
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
      {received && request.fit != null && (
        <>
          <ScoreMeter score={request.fit} />
          {request.fitReasons.length > 0 && (
            <>
              <h4 className="reasons-title">{t('requests.fitTitle')}</h4>
              <ul className="reasons">
                {request.fitReasons.slice(0, SHOWN_REASONS).map((reason) => (
                  <li key={reason.code + reason.message}>{reason.message}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {request.message && <blockquote className="message">{request.message}</blockquote>}
      {request.location && (
        // The sentence in the reader's language, with the place (its web address a link) where it goes.
        <p>
          {t('requests.location', { location: '\u0000' })
            .split('\u0000')
            .map((piece, i) => (
              <Fragment key={i}>
                {i > 0 && <PlaceOrLink text={request.location!} />}
                {piece}
              </Fragment>
            ))}
        </p>
      )}
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
