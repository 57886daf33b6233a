import { graphql } from '../../graphql/generated';

export const STAFF_COMPANIES = graphql(`
  query StaffCompanies($first: Int, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          externalId
          name
          province
          city
          matchmakingOptIn
          sectors {
            code
            label
          }
          memberships {
            association
            active
          }
        }
      }
    }
  }
`);

export const CURATE_MATCH = graphql(`
  mutation CurateMatch(
    $companyId: ID!
    $partnerId: ID!
    $status: CurationStatus!
    $note: String
    $mirror: Boolean
  ) {
    curateMatch(companyId: $companyId, partnerId: $partnerId, status: $status, note: $note, mirror: $mirror) {
      curation
      curatedBy
      curationNote
      partner {
        id
      }
    }
  }
`);

export const IMPORT_COMPANIES = graphql(`
  mutation ImportCompanies($document: JSON!, $dryRun: Boolean) {
    importCompanies(document: $document, dryRun: $dryRun) {
      ...ImportOutcome
    }
  }
`);

export const IMPORT_SPREADSHEET = graphql(`
  mutation ImportSpreadsheet($format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {
    importSpreadsheet(format: $format, content: $content, dryRun: $dryRun) {
      ...ImportOutcome
    }
  }
`);

export const IMPORT_OUTCOME = graphql(`
  fragment ImportOutcome on ImportResult {
    dryRun
    companies
    created
    updated
    unchanged
    invited
    lines {
      externalId
      name
      row
      isNew
    }
  }
`);

export const RESCORE_ALL = graphql(`
  mutation RescoreAll {
    rescoreAll {
      id
      status
    }
  }
`);

export const MATCHING_RUN_FIELDS = graphql(`
  fragment MatchingRunFields on MatchingRun {
    id
    status
    companiesScored
    companiesTotal
    pairsScored
    modelVersion
    startedAt
    finishedAt
    error
  }
`);

export const MATCHING_RUN = graphql(`
  query MatchingRunProgress($id: ID!) {
    matchingRun(id: $id) {
      ...MatchingRunFields
    }
  }
`);

export const RECENT_MATCHING_RUNS = graphql(`
  query RecentMatchingRuns {
    matchingRuns(last: 5) {
      ...MatchingRunFields
    }
  }
`);
