import { graphql } from '../../graphql/generated';

export const EDITABLE_PROFILE = graphql(`
  query EditableProfile($id: ID!) {
    company(id: $id) {
      id
      name
      city
      website
      languages
      matchmakingOptIn
      matchmakingConsentAt
      descriptionFr
      descriptionEn
      seekingFr
      seekingEn
      size {
        code
      }
      stage {
        code
      }
      sectors {
        code
      }
      therapeuticAreas {
        code
      }
      modalities {
        code
      }
      offers {
        code
      }
      seeks {
        code
      }
      partnershipTypes {
        code
      }
    }
  }
`);

export const UPDATE_PROFILE = graphql(`
  mutation UpdateCompanyProfile($companyId: ID, $input: CompanyProfileInput!) {
    updateCompanyProfile(companyId: $companyId, input: $input) {
      id
      name
      matchmakingOptIn
      matchmakingConsentAt
    }
  }
`);
