import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { NOTIFICATION_ADDED, NOTIFICATIONS_QUERY } from './notifications.graphql';

/**
 * The unread count in the top bar, kept live by the `notificationAdded` subscription; a new
 * notification is also read out to screen-reader users.
 */
export function NotificationBell() {
  const { t, plural } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const { data, subscribeToMore } = useQuery(NOTIFICATIONS_QUERY, { variables: { first: 20 } });
  useEffect(
    () =>
      subscribeToMore({
        document: NOTIFICATION_ADDED,
        updateQuery: (previous, { subscriptionData }) => {
          const added = subscriptionData.data?.notificationAdded;
          const list = previous.notifications;
          const edges = list?.edges ?? [];
          if (!added || !list || edges.some((e) => e?.node?.id === added.id)) return previous as never;
          setAnnouncement(added.message);
          return {
            notifications: {
              ...list,
              unreadCount: (list.unreadCount ?? 0) + 1,
              totalCount: (list.totalCount ?? 0) + 1,
              edges: [{ __typename: 'NotificationEdge' as const, node: added }, ...edges],
            },
          } as never;
        },
      }),
    [subscribeToMore],
  );
  const unread = data?.notifications.unreadCount ?? 0;
  return (
    <>
      <Link to="/notifications" className="bell" aria-label={plural('notifications.unread', unread)}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && <span className="badge-count">{unread > 99 ? '99+' : unread}</span>}
      </Link>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement && t('notifications.new', { message: announcement })}
      </span>
    </>
  );
}
