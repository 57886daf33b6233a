import { graphql } from '../../graphql/generated';

export const EVENT_CURATION = graphql(`
  query EventCuration($id: ID!) {
    event(id: $id) {
      ...EventFields
      registrations {
        id
        status
        waitlistPosition
        user {
          id
          name
        }
        company {
          id
          name
          province
        }
      }
    }
    eventDemand(eventId: $id) {
      requests
      pendingRequests
      meetings
      crossBorderMeetings
      acceptedWithoutMeeting
      companiesWithoutMeeting {
        id
        name
      }
      companies {
        attending
        requestsSent
        requestsReceived
        accepted
        meetings
        unanswered
        awaitingReply
        company {
          id
          name
          province
        }
      }
    }
  }
`);

export const SCHEDULE_RESULT_FIELDS = graphql(`
  fragment ScheduleResultFields on ScheduleResult {
    runId
    status
    publish
    error
    placed
    unplaced
    kept
    tables
    lowerBoundUnplaced
    millis
    grid {
      tablesUsed
      tablesFree
      slot {
        id
        start
        end
      }
      placements {
        table
        fixed
        companies {
          id
          name
        }
      }
    }
    unplacedMeetings {
      reason
      message
      request {
        id
        fromCompany {
          id
          name
        }
        toCompany {
          id
          name
        }
      }
    }
  }
`);

export const SCHEDULE_EVENT = graphql(`
  mutation ScheduleEventMeetings($eventId: ID!, $publish: Boolean) {
    scheduleEventMeetings(eventId: $eventId, publish: $publish) {
      ...ScheduleResultFields
    }
  }
`);

export const SCHEDULE_RUN = graphql(`
  query ScheduleRun($id: ID!) {
    scheduleRun(id: $id) {
      ...ScheduleResultFields
    }
  }
`);
