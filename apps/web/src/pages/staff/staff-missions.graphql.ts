import { graphql } from '../../graphql/generated';

export const MISSION_APPLICATIONS = graphql(`
  query MissionApplications($missionId: ID!) {
    missionApplications(missionId: $missionId) {
      id
      role
      status
      objectives
      marketFit
      strongMatches
      feePaidAt
      company {
        id
        name
        province
      }
    }
  }
`);

export const DECIDE_MISSION_APPLICATION = graphql(`
  mutation DecideMissionApplication($id: ID!, $status: MissionApplicationStatus!) {
    decideMissionApplication(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const SET_MISSION_STATUS = graphql(`
  mutation SetTradeMissionStatus($id: ID!, $status: TradeMissionStatus!) {
    setTradeMissionStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const RECORD_MISSION_FEE_PAID = graphql(`
  mutation RecordMissionFeePaid($applicationId: ID!, $paid: Boolean!) {
    recordMissionFeePaid(applicationId: $applicationId, paid: $paid) {
      id
      feePaidAt
    }
  }
`);

export const ARRANGE_MISSION_MEETINGS = graphql(`
  mutation ArrangeMissionMeetings($missionId: ID!, $publish: Boolean!) {
    arrangeMissionMeetings(missionId: $missionId, publish: $publish) {
      placed
      unplacedMustMeets
      unplacedReasons
      millis
      delegatesBelowTarget {
        id
        name
      }
      pairings {
        start
        end
        fit
        mustMeet
        kept
        delegate {
          id
          name
        }
        host {
          id
          name
        }
      }
    }
  }
`);

export const MISSION_REPORT = graphql(`
  query MissionReport($missionId: ID!) {
    missionReport(missionId: $missionId) {
      delegates
      hosts
      meetingsArranged
      meetingsHeld
      noShows
      followUpsPlanned
      partnershipsDiscussed
      stages {
        stage
        meetings
      }
      delegateLines {
        feeCents
        feePaidAt
        meetingsHeld
        stages
        company {
          id
          name
        }
      }
    }
  }
`);
