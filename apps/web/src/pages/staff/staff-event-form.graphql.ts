import { graphql } from '../../graphql/generated';

export const STAFF_EVENTS = graphql(`
  query StaffEvents {
    events(upcoming: false) {
      id
      title
      startsAt
      endsAt
      timeZone
      venue
      capacity
      registeredCount
      waitlistCount
    }
  }
`);

export const EVENT_SETTINGS_FIELDS = graphql(`
  fragment EventSettings on Event {
    id
    title
    titleFr
    titleEn
    descriptionFr
    descriptionEn
    startsAt
    endsAt
    timeZone
    venue
    province
    organizers
    capacity
    registeredCount
    waitlistCount
    registrationOpensAt
    registrationClosesAt
    prices {
      memberPriceCents
      partnerMemberPriceCents
      nonMemberPriceCents
    }
    partneringSession {
      slotMinutes
      tables
      days {
        date
        start
        end
        breaks {
          start
          end
        }
      }
    }
  }
`);

export const EVENT_SETTINGS = graphql(`
  query EventSettings($id: ID!) {
    event(id: $id) {
      ...EventSettings
    }
  }
`);

export const CREATE_EVENT = graphql(`
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      ...EventSettings
    }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      ...EventSettings
    }
  }
`);
