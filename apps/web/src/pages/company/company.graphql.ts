import { graphql } from '../../graphql/generated';

export const COMPANY_PROFILE = graphql(`
  query CompanyProfile($id: ID!) {
    company(id: $id) {
      id
      name
      province
      city
      website
      languages
      descriptionFr
      descriptionEn
      seekingFr
      seekingEn
      matchmakingOptIn
      size {
        code
        label
      }
      stage {
        code
        label
      }
      sectors {
        code
        label
      }
      therapeuticAreas {
        code
        label
      }
      modalities {
        code
        label
      }
      offers {
        code
        label
      }
      seeks {
        code
        label
      }
      partnershipTypes {
        code
        label
      }
      memberships {
        association
        active
      }
      ...PartnerRelation
    }
  }
`);
