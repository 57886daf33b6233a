import { graphql } from '../../graphql/generated';

/**
 * The feed page: the same for every reader of a company in a language until the feed changes,
 * so the API answers it again from memory (kept answers, docs/performance.md). What changes when
 * a request is sent (the partners' meetings with us) comes apart, in MEETINGS_WITH_PARTNERS.
 */
export const SUGGESTED_PARTNERS = graphql(`
  query SuggestedPartners(
    $companyId: ID
    $first: Int
    $after: String
    $filter: SuggestionFilter
    $includeHidden: Boolean
  ) {
    suggestedConnections(
      companyId: $companyId
      first: $first
      after: $after
      filter: $filter
      includeHidden: $includeHidden
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          score
          curation
          curatedBy
          curationNote
          reasons {
            code
            message
          }
          partner {
            id
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
            offers {
              code
              label
            }
          }
        }
      }
    }
  }
`);

/** Where our company stands with each partner on the page: asked afresh, never kept. */
export const MEETINGS_WITH_PARTNERS = graphql(`
  query MeetingsWithPartners($companyIds: [ID!]!) {
    meetingsWithCompanies(companyIds: $companyIds) {
      companyId
      pendingRequest {
        id
        direction
      }
      nextMeeting {
        id
        start
      }
    }
  }
`);

export const DISMISS_SUGGESTION = graphql(`
  mutation DismissSuggestion($partnerId: ID!, $reason: String) {
    dismissSuggestion(partnerId: $partnerId, reason: $reason)
  }
`);
