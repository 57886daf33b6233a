import { graphql } from '../../graphql/generated';

export const EVENT_FIELDS = graphql(`
  fragment EventFields on Event {
    id
    title
    description
    startsAt
    endsAt
    timeZone
    venue
    organizers
    capacity
    registeredCount
    waitlistCount
    registrationOpen
    priceForMe {
      amountCents
      taxCents
      currency
      tier
    }
    myRegistration {
      id
      status
      waitlistPosition
      price {
        amountCents
        taxCents
        currency
        tier
      }
    }
  }
`);

export const EVENTS_LIST = graphql(`
  query Events($upcoming: Boolean) {
    events(upcoming: $upcoming) {
      ...EventFields
    }
  }
`);

export const EVENT_DETAIL = graphql(`
  query EventDetail($id: ID!) {
    event(id: $id) {
      ...EventFields
    }
  }
`);

export const REGISTER_FOR_EVENT = graphql(`
  mutation RegisterForEvent($eventId: ID!) {
    registerForEvent(eventId: $eventId) {
      id
      status
      waitlistPosition
    }
  }
`);

export const CANCEL_REGISTRATION = graphql(`
  mutation CancelRegistration($eventId: ID!) {
    cancelRegistration(eventId: $eventId) {
      id
      status
    }
  }
`);

export const EVENT_WISH_PARTNERS = graphql(`
  query EventWishPartners($eventId: ID!) {
    eventWishPartners(eventId: $eventId) {
      requestStatus
      wish
      partner {
        id
        name
      }
    }
  }
`);

export const SET_EVENT_WISH = graphql(`
  mutation SetEventWish($eventId: ID!, $partnerId: ID!, $wish: MeetingWish) {
    setEventWish(eventId: $eventId, partnerId: $partnerId, wish: $wish) {
      wish
      partner {
        id
      }
    }
  }
`);

export const EVENT_AGENDA = graphql(`
  query EventAgenda($id: ID!) {
    event(id: $id) {
      id
      timeZone
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
  }
`);

export const EVENT_ATTENDEES = graphql(`
  query EventAttendees($id: ID!) {
    event(id: $id) {
      id
      attendees {
        name
        province
        city
        languages
        sectors {
          code
          label
        }
        therapeuticAreas {
          code
          label
        }
        ...PartnerRelation
      }
    }
  }
`);

export const MY_EVENT_MEETINGS = graphql(`
  query MyEventMeetings($from: DateTime, $to: DateTime) {
    meetings(from: $from, to: $to) {
      id
      start
      end
      status
      table
      location
      event {
        id
      }
      companies {
        id
        name
      }
    }
  }
`);
