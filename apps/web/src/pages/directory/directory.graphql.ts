import { graphql } from '../../graphql/generated';

export const DIRECTORY = graphql(`
  query Directory($first: Int, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
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
  }
`);
