import { graphql } from '../../graphql/generated';
import type { MeetingRequestsQuery } from '../../graphql/generated/graphql';

/** One request as the list shows it (card and its actions). */
export type MeetingRequestItem = MeetingRequestsQuery['meetingRequests']['edges'][number]['node'];

export const MEETING_REQUESTS = graphql(`
  query MeetingRequests(
    $first: Int
    $after: String
    $status: MeetingRequestStatus
    $direction: MeetingRequestDirection
    $orderBy: MeetingRequestOrder
  ) {
    meetingRequests(first: $first, after: $after, status: $status, direction: $direction, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          direction
          message
          location
          reason
          createdAt
          expiresAt
          fit
          fitReasons {
            code
            message
          }
          fromCompany {
            id
            name
          }
          toCompany {
            id
            name
          }
          requester {
            id
            name
          }
          event {
            id
            title
          }
          proposedSlots {
            start
            end
          }
          meeting {
            id
            start
            end
            status
          }
        }
      }
    }
  }
`);

export const DECLINE_MEETING_REQUESTS = graphql(`
  mutation DeclineMeetingRequests($ids: [ID!]!, $reason: String) {
    declineMeetingRequests(ids: $ids, reason: $reason) {
      id
      status
      reason
    }
  }
`);

export const RESPOND_TO_REQUEST = graphql(`
  mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!, $slot: TimeRangeInput, $reason: String) {
    respondToMeetingRequest(id: $id, accept: $accept, slot: $slot, reason: $reason) {
      id
      status
      meeting {
        id
        start
        end
        status
      }
    }
  }
`);

export const CANCEL_MEETING_REQUEST = graphql(`
  mutation CancelMeetingRequest($id: ID!, $reason: String) {
    cancelMeetingRequest(id: $id, reason: $reason) {
      id
      status
      reason
    }
  }
`);

export const CALENDAR_FEED = graphql(`
  query CalendarFeed {
    me {
      id
      calendarFeedUrl
    }
  }
`);

export const RESET_CALENDAR_FEED = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeedUrl
  }
`);

export const UPCOMING_MEETINGS = graphql(`
  query UpcomingMeetings($from: DateTime, $to: DateTime) {
    meetings(from: $from, to: $to) {
      id
      start
      end
      status
      location
      table
      icsUrl
      event {
        id
        title
      }
      companies {
        id
        name
      }
      participants {
        id
        name
      }
      pendingReschedule {
        id
        message
        canAnswer
        slots {
          start
          end
        }
        proposedBy {
          id
          name
        }
      }
    }
  }
`);

export const PROPOSE_RESCHEDULE = graphql(`
  mutation ProposeMeetingReschedule($meetingId: ID!, $slots: [TimeRangeInput!]!, $message: String) {
    proposeMeetingReschedule(meetingId: $meetingId, slots: $slots, message: $message) {
      id
    }
  }
`);

export const RESPOND_TO_RESCHEDULE = graphql(`
  mutation RespondToMeetingReschedule($id: ID!, $accept: Boolean!, $slot: TimeRangeInput) {
    respondToMeetingReschedule(id: $id, accept: $accept, slot: $slot) {
      id
      start
      end
    }
  }
`);

export const WITHDRAW_RESCHEDULE = graphql(`
  mutation WithdrawMeetingReschedule($meetingId: ID!) {
    withdrawMeetingReschedule(meetingId: $meetingId) {
      id
    }
  }
`);

export const CANCEL_MEETING = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String) {
    cancelMeeting(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
