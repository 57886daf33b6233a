import { graphql } from '../../graphql/generated';

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
            meetingsWithMe {
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
        }
      }
    }
  }
`);

export const DISMISS_SUGGESTION = graphql(`
  mutation DismissSuggestion($partnerId: ID!, $reason: String) {
    dismissSuggestion(partnerId: $partnerId, reason: $reason)
  }
`);
