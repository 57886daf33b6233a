import { graphql } from '../../graphql/generated';

export const REQUEST_MEETING = graphql(`
  mutation RequestMeeting(
    $toCompanyId: ID!
    $eventId: ID
    $message: String
    $proposedSlots: [TimeRangeInput!]
    $location: String
  ) {
    requestMeeting(
      toCompanyId: $toCompanyId
      eventId: $eventId
      message: $message
      proposedSlots: $proposedSlots
      location: $location
    ) {
      id
      status
    }
  }
`);

export const EVENT_CHOICES = graphql(`
  query EventChoices {
    events(upcoming: true) {
      id
      title
      startsAt
      timeZone
    }
  }
`);
