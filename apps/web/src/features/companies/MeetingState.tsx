import { Link } from 'react-router';
import type { MeetingRequestDirection } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';

/**
 * Where the viewer's company stands with a partner: a request waiting (either way), a meeting to
 * come, or, when nothing is open, the way to ask for one. A card never invites a second request
 * while one waits.
 */
export function MeetingState({
  partner,
  onRequest,
  label,
}: {
  partner: {
    name: string;
    meetingsWithMe: {
      pendingRequest: { direction: MeetingRequestDirection | null } | null;
      nextMeeting: { start: string } | null;
    } | null;
  };
  onRequest?(): void;
  /** The request button's text, when not the plain "Request a meeting". */
  label?: string;
}) {
  const { t, dateTime } = useI18n();
  const state = partner.meetingsWithMe;
  const pending = state?.pendingRequest;
  const next = state?.nextMeeting;
  return (
    <>
      {pending && (
        <p className="meeting-state">
          <span className="badge">
            {pending.direction === 'INCOMING' ? t('relation.received') : t('relation.sent')}
          </span>{' '}
          <Link to="/requests">
            {pending.direction === 'INCOMING' ? t('relation.answer') : t('relation.seeRequest')}
            <span className="visually-hidden"> — {partner.name}</span>
          </Link>
        </p>
      )}
      {next && (
        <p className="meeting-state">
          <span className="badge">{t('relation.meeting', { date: dateTime(next.start) })}</span>{' '}
          <Link to="/meetings">
            {t('relation.seeMeetings')}
            <span className="visually-hidden"> — {partner.name}</span>
          </Link>
        </p>
      )}
      {!pending && onRequest && (
        <button type="button" className="button button-primary" onClick={onRequest}>
          {label ?? t('feed.request')}
          <span className="visually-hidden"> — {partner.name}</span>
        </button>
      )}
    </>
  );
}
