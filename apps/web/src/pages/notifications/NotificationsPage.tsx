import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import {
  MARK_ALL_READ,
  MARK_READ,
  NOTIFICATIONS_QUERY,
} from '../../features/notifications/notifications.graphql';
import { useI18n } from '../../i18n/i18n-context';
import { EmptyState, ErrorState, PageHeader, SkeletonCards } from '../../ui/PageState';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** Where a notification leads: the meeting or the request it is about. */
function targetOf(node: { meetingId?: string | null; meetingRequestId?: string | null }): string | null {
  if (node.meetingId) return '/meetings';
  if (node.meetingRequestId) return '/requests';
  return null;
}

/** Every notification, newest first; new ones arrive live (see NotificationBell). */
export function NotificationsPage() {
  const { t, dateTime, plural } = useI18n();
  const { data, error, refetch, fetchMore } = useQuery(NOTIFICATIONS_QUERY, { variables: { first: 20 } });
  const [markRead, marking] = useMutation(MARK_READ, { refetchQueries: ['Notifications'] });
  const [markAllRead, markingAll] = useMutation(MARK_ALL_READ, { refetchQueries: ['Notifications'] });
  const list = data?.notifications;
  const failure = marking.error ?? markingAll.error;
  return (
    <div className="page page-narrow">
      <PageHeader
        title={t('notifications.title')}
        lead={list ? plural('notifications.unread', list.unreadCount) : '\u00a0'}
        actions={
          list && list.unreadCount > 0 ? (
            <button
              type="button"
              className="button"
              disabled={markingAll.loading}
              onClick={() => void markAllRead().catch(() => null)}
            >
              {t('notifications.markAll')}
            </button>
          ) : null
        }
      />
      {failure && <ErrorNotice error={failure} />}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !list ? (
        <SkeletonCards count={3} />
      ) : list.edges.length === 0 ? (
        <EmptyState title={t('notifications.empty')} />
      ) : (
        <ul className="notification-list">
          {list.edges.map(({ node }) => {
            const target = targetOf(node);
            return (
              <li key={node.id} className={node.readAt ? 'notification' : 'notification notification-unread'}>
                <p>
                  {target ? (
                    <Link
                      to={target}
                      onClick={() =>
                        !node.readAt && void markRead({ variables: { ids: [node.id] } }).catch(() => null)
                      }
                    >
                      {node.message}
                    </Link>
                  ) : (
                    node.message
                  )}
                </p>
                <p className="muted">
                  <time dateTime={node.createdAt}>{dateTime(node.createdAt)}</time>
                  {!node.readAt && (
                    <>
                      {' · '}
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => void markRead({ variables: { ids: [node.id] } }).catch(() => null)}
                      >
                        {t('notifications.markOne')}
                      </button>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {list?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button-block"
          onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}
        >
          {t('common.loadMore')}
        </button>
      )}
    </div>
  );
}
