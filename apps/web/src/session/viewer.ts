import { graphql } from '../graphql/generated';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on User {
    id
    name
    email
    role
    locale
    timeZone
    association
    company {
      id
      name
      province
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const UPDATE_ME = graphql(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut($refreshToken: String!) {
    signOut(refreshToken: $refreshToken)
  }
`);
