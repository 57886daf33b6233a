import { graphql } from '../../graphql/generated';

export const MY_AVAILABILITY = graphql(`
  query MyAvailability {
    myAvailability {
      isSet
      timeZone
      weekly {
        day
        start
        end
      }
      slots {
        start
        end
      }
    }
  }
`);

export const SET_AVAILABILITY = graphql(`
  mutation SetAvailability($slots: [TimeRangeInput!]!, $weekly: [WeeklyRangeInput!], $timeZone: String) {
    setAvailability(slots: $slots, weekly: $weekly, timeZone: $timeZone) {
      start
      end
    }
  }
`);
