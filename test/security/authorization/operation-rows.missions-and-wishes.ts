// The authorization table's rows for trade missions and members' wishes at events (see personas.ts).
import { SIGNED_IN, STAFF, type OperationRow } from './personas.js';

const MISSION_INPUT = {
  titleFr: 'Mission à Toronto',
  titleEn: 'Mission to Toronto',
  city: 'Toronto',
  hostProvince: 'ON',
  startsAt: '2031-06-02T13:00:00Z',
  endsAt: '2031-06-03T21:00:00Z',
  timeZone: 'America/Toronto',
  applicationDeadline: '2031-05-01T21:00:00Z',
  delegationSize: 10,
  memberFeeCents: 0,
  partnerMemberFeeCents: 0,
  nonMemberFeeCents: 0,
};

export const MISSION_AND_WISH_ROWS: readonly OperationRow[] = [
  {
    coordinate: 'Query.tradeMissions',
    allowed: SIGNED_IN,
    rule: 'signed in; members see OPEN and later missions, staff all',
    probe: { query: '{ tradeMissions { id } }' },
  },
  {
    coordinate: 'Query.tradeMission',
    allowed: SIGNED_IN,
    rule: 'signed in; a draft is seen by staff only (others: null)',
    probe: {
      query: 'query($id: ID!) { tradeMission(id: $id) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Query.missionApplications',
    allowed: STAFF,
    rule: "staff of the mission's organizing association",
    probe: {
      query: 'query($m: ID!) { missionApplications(missionId: $m) { id } }',
      variables: (w) => ({ m: w.missing }),
    },
  },
  {
    coordinate: 'Query.missionAgenda',
    allowed: SIGNED_IN,
    rule: "signed in; the viewer's company's agenda, staff may name any company (others: not found)",
    probe: {
      query: 'query($m: ID!) { missionAgenda(missionId: $m) { calendarUrl } }',
      variables: (w) => ({ m: w.missing }),
    },
  },
  {
    coordinate: 'Query.missionReport',
    allowed: STAFF,
    rule: "staff of the mission's organizing association",
    probe: {
      query: 'query($m: ID!) { missionReport(missionId: $m) { delegates } }',
      variables: (w) => ({ m: w.missing }),
    },
  },
  {
    coordinate: 'Query.missionPreferences',
    allowed: SIGNED_IN,
    rule: "signed in; the viewer's company's (others: not found)",
    probe: {
      query: 'query($m: ID!) { missionPreferences(missionId: $m) { mustMeet { id } } }',
      variables: (w) => ({ m: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.createTradeMission',
    allowed: STAFF,
    rule: 'staff, for their own association',
    probe: {
      query: 'mutation($i: TradeMissionInput!) { createTradeMission(input: $i) { id } }',
      variables: () => ({ i: MISSION_INPUT }),
    },
  },
  {
    coordinate: 'Mutation.updateTradeMission',
    allowed: STAFF,
    rule: "staff of the mission's organizing association",
    probe: {
      query: 'mutation($id: ID!, $i: TradeMissionInput!) { updateTradeMission(id: $id, input: $i) { id } }',
      variables: (w) => ({ id: w.missing, i: MISSION_INPUT }),
    },
  },
  {
    coordinate: 'Mutation.openTradeMission',
    allowed: STAFF,
    rule: "staff of the mission's organizing association",
    probe: {
      query: 'mutation($id: ID!) { openTradeMission(id: $id) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.setTradeMissionStatus',
    allowed: STAFF,
    rule: "staff of the mission's organizing association",
    probe: {
      query: 'mutation($id: ID!) { setTradeMissionStatus(id: $id, status: CLOSED) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.recordMissionFeePaid',
    allowed: STAFF,
    rule: "staff of the mission's organizing association",
    probe: {
      query: 'mutation($id: ID!) { recordMissionFeePaid(applicationId: $id) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.applyToTradeMission',
    allowed: ['companyAdmin'],
    rule: 'a company admin, for their company',
    probe: {
      query:
        'mutation($m: ID!) { applyToTradeMission(missionId: $m, role: DELEGATE, objectives: "Partners") { id } }',
      variables: (w) => ({ m: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.withdrawMissionApplication',
    allowed: SIGNED_IN,
    rule: "the applying company's admin, until staff decide (others: not found)",
    probe: {
      query: 'mutation($id: ID!) { withdrawMissionApplication(id: $id) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.decideMissionApplication',
    allowed: STAFF,
    rule: "staff of the mission's organizing association",
    probe: {
      query: 'mutation($id: ID!) { decideMissionApplication(id: $id, status: SELECTED) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.setMissionPreferences',
    allowed: SIGNED_IN,
    rule: 'a company admin of a selected company (others: forbidden once the mission exists)',
    probe: {
      query:
        'mutation($m: ID!) { setMissionPreferences(missionId: $m, mustMeet: [], avoid: []) { mustMeet { id } } }',
      variables: (w) => ({ m: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.arrangeMissionMeetings',
    allowed: STAFF,
    rule: "staff of the mission's organizing association",
    probe: {
      query: 'mutation($m: ID!) { arrangeMissionMeetings(missionId: $m) { placed } }',
      variables: (w) => ({ m: w.missing }),
    },
  },
  {
    coordinate: 'Query.eventWishes',
    allowed: SIGNED_IN,
    rule: "signed in; the viewer's company's, attendees only (others: not found or forbidden)",
    probe: {
      query: 'query($e: ID!) { eventWishes(eventId: $e) { wish } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Query.eventWishPartners',
    allowed: SIGNED_IN,
    rule: "signed in; the viewer's company's candidates, attendees only",
    probe: {
      query: 'query($e: ID!) { eventWishPartners(eventId: $e) { wish } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.setEventWish',
    allowed: SIGNED_IN,
    rule: 'an attendee, for their own company',
    probe: {
      query:
        'mutation($e: ID!, $p: ID!) { setEventWish(eventId: $e, partnerId: $p, wish: MUST_MEET) { wish } }',
      variables: (w) => ({ e: w.missing, p: w.companyB }),
    },
  },
];
