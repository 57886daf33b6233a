import { graphql } from '../../graphql/generated';

export const EVENT_CANDIDATE_FIELDS = graphql(`
  fragment EventCandidateFields on EventCandidate {
    score
    curation
    curatedBy
    note
    introduced
    hasMeeting
    requestStatus
    companyWish
    partnerWish
    reasons {
      code
      message
    }
    company {
      id
      name
    }
    partner {
      id
      name
    }
  }
`);

export const EVENT_CANDIDATES = graphql(`
  query EventCandidates($eventId: ID!, $companyId: ID) {
    eventCandidates(eventId: $eventId, companyId: $companyId, first: 100) {
      ...EventCandidateFields
    }
  }
`);

export const CURATE_EVENT_MATCH = graphql(`
  mutation CurateEventMatch(
    $eventId: ID!
    $companyId: ID!
    $partnerId: ID!
    $status: CurationStatus!
    $note: String
  ) {
    curateEventMatch(
      eventId: $eventId
      companyId: $companyId
      partnerId: $partnerId
      status: $status
      note: $note
    ) {
      ...EventCandidateFields
    }
  }
`);

export const SEND_INTRODUCTIONS = graphql(`
  mutation SendEventIntroductions($eventId: ID!, $introductions: [IntroductionInput!]!) {
    sendEventIntroductions(eventId: $eventId, introductions: $introductions) {
      ...EventCandidateFields
    }
  }
`);
