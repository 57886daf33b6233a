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

export const OPEN_TRADE_MISSION = graphql(`
  mutation OpenTradeMission($id: ID!) {
    openTradeMission(id: $id) {
      id
      status
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
