import { graphql } from '../../graphql/generated';

export const PARTNERSHIP_REPORT = graphql(`
  query PartnershipReport($from: String, $to: String) {
    partnershipReport(from: $from, to: $to) {
      from
      to
      byMonth {
        period
        province
        sector {
          code
          label
        }
        requests
        meetingsHeld
        crossBorderMeetingsHeld
        followUps
        partnershipsDiscussed
        noShows
      }
      byProvince {
        period
        province
        requests
        meetingsHeld
        crossBorderMeetingsHeld
        followUps
        noShows
      }
    }
  }
`);
