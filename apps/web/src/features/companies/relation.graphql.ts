import { graphql } from '../../graphql/generated';

/** How a company suits the viewer's own, and where the two stand on meetings. */
export const PARTNER_RELATION = graphql(`
  fragment PartnerRelation on Company {
    id
    fitWithMe {
      score
      reasons {
        code
        message
      }
    }
    meetingsWithMe {
      pendingRequest {
        id
        direction
        expiresAt
        event {
          id
          title
        }
      }
      nextMeeting {
        id
        start
      }
    }
  }
`);
