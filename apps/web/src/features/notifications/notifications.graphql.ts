import { graphql } from '../../graphql/generated';

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      unreadCount
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          message
          createdAt
          readAt
          meetingId
          meetingRequestId
        }
      }
    }
  }
`);

export const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      message
      createdAt
      readAt
      meetingId
      meetingRequestId
    }
  }
`);

export const MARK_READ = graphql(`
  mutation MarkRead($ids: [ID!]!) {
    markRead(ids: $ids) {
      id
      readAt
    }
  }
`);

export const MARK_ALL_READ = graphql(`
  mutation MarkAllRead {
    markAllRead
  }
`);
