import { graphql } from '../../graphql/generated';

export const MISSION_FIELDS = graphql(`
  fragment MissionFields on TradeMission {
    id
    title
    description
    organizer
    hostProvince
    city
    startsAt
    endsAt
    timeZone
    applicationDeadline
    delegationSize
    meetingMinutes
    status
    applicationsCount
    sectors {
      code
      label
    }
    feeForMe {
      amountCents
      taxCents
      currency
      tier
    }
    myApplication {
      id
      role
      status
      objectives
      createdAt
    }
  }
`);

export const MISSIONS_LIST = graphql(`
  query TradeMissions {
    tradeMissions {
      ...MissionFields
    }
  }
`);

export const MISSION_DETAIL = graphql(`
  query TradeMissionDetail($id: ID!) {
    tradeMission(id: $id) {
      ...MissionFields
    }
  }
`);

export const APPLY_TO_MISSION = graphql(`
  mutation ApplyToTradeMission($missionId: ID!, $role: MissionRole!, $objectives: String!) {
    applyToTradeMission(missionId: $missionId, role: $role, objectives: $objectives) {
      id
      status
    }
  }
`);

export const WITHDRAW_MISSION_APPLICATION = graphql(`
  mutation WithdrawMissionApplication($id: ID!) {
    withdrawMissionApplication(id: $id) {
      id
      status
    }
  }
`);

export const MISSION_AGENDA = graphql(`
  query MissionAgenda($missionId: ID!, $companyId: ID) {
    missionAgenda(missionId: $missionId, companyId: $companyId) {
      calendarUrl
      company {
        id
        name
      }
      meetings {
        id
        start
        end
        status
        location
        icsUrl
        companies {
          id
          name
          province
          description
        }
        participants {
          id
          name
        }
      }
    }
  }
`);

export const MISSION_PREFERENCES = graphql(`
  query MissionPreferences($missionId: ID!) {
    missionPreferences(missionId: $missionId) {
      choices {
        id
        name
        province
      }
      mustMeet {
        id
      }
      avoid {
        id
      }
    }
  }
`);

export const SET_MISSION_PREFERENCES = graphql(`
  mutation SetMissionPreferences($missionId: ID!, $mustMeet: [ID!]!, $avoid: [ID!]!) {
    setMissionPreferences(missionId: $missionId, mustMeet: $mustMeet, avoid: $avoid) {
      mustMeet {
        id
      }
      avoid {
        id
      }
    }
  }
`);
