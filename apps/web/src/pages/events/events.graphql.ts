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
