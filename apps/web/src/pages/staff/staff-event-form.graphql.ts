import { graphql } from '../../graphql/generated';

export const STAFF_EVENTS = graphql(`
  query StaffEvents {
    events(upcoming: false) {
      ...EventFields
    }
  }
`);

/**
 * What the form edits, on top of the event as members and the staff event page read it
 * (`EventFields`): saving refreshes both in the cache, the page staff return to included.
 */
export const EVENT_SETTINGS_FIELDS = graphql(`
  fragment EventSettings on Event {
    ...EventFields
    titleFr
    titleEn
    descriptionFr
    descriptionEn
    province
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
