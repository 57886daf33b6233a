import {
  SIGNED_IN,
  EVERYONE,
  STAFF,
  MANAGERS_OF_A,
  PEOPLE_OF_A,
  SLOT,
  type OperationRow,
} from './personas.js';

/** Every query, mutation and subscription outside events and missions, with who may call it. */
export const OPERATION_ROWS: readonly OperationRow[] = [
  { coordinate: 'Query.me', allowed: SIGNED_IN, rule: 'signed in', probe: { query: '{ me { id } }' } },
  {
    coordinate: 'Query.company',
    allowed: SIGNED_IN,
    rule: 'signed in; a company not opted in to matchmaking is seen by its people and staff only',
    probe: { query: 'query($id: ID!) { company(id: $id) { id } }', variables: (w) => ({ id: w.companyA }) },
  },
  {
    coordinate: 'Query.companies',
    allowed: SIGNED_IN,
    rule: 'signed in; lists opted-in companies (staff: all)',
    probe: { query: '{ companies(first: 5) { totalCount } }' },
  },
  {
    coordinate: 'Query.suggestedConnections',
    allowed: PEOPLE_OF_A,
    rule: "the company's own people; staff may name any company",
    probe: {
      query: 'query($c: ID) { suggestedConnections(companyId: $c, first: 5) { totalCount } }',
      variables: (w) => ({ c: w.companyA }),
    },
  },
  {
    coordinate: 'Query.matchingRun',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'query($id: ID!) { matchingRun(id: $id) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Query.matchingRuns',
    allowed: STAFF,
    rule: 'staff',
    probe: { query: '{ matchingRuns { id } }' },
  },
  {
    coordinate: 'Query.meeting',
    allowed: SIGNED_IN,
    rule: 'signed in; a meeting is seen by its participants’ companies and staff (others: not found)',
    probe: { query: 'query($id: ID!) { meeting(id: $id) { id } }', variables: (w) => ({ id: w.missing }) },
  },
  {
    coordinate: 'Query.meetingRequest',
    allowed: SIGNED_IN,
    rule: 'signed in; seen by the two companies and staff (others: not found)',
    probe: {
      query: 'query($id: ID!) { meetingRequest(id: $id) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Query.meetingRequests',
    allowed: SIGNED_IN,
    rule: "signed in; the viewer's company's requests (staff: all)",
    probe: { query: '{ meetingRequests(first: 5) { totalCount } }' },
  },
  {
    coordinate: 'Query.meetingsWithCompanies',
    allowed: SIGNED_IN,
    rule: "signed in; the viewer's company's requests and meetings with each (none without a company)",
    probe: {
      query: 'query($ids: [ID!]!) { meetingsWithCompanies(companyIds: $ids) { companyId } }',
      variables: (w) => ({ ids: [w.companyA] }),
    },
  },
  {
    coordinate: 'Query.meetings',
    allowed: SIGNED_IN,
    rule: "signed in; one's own meetings",
    probe: { query: '{ meetings { id } }' },
  },
  {
    coordinate: 'Query.myAvailability',
    allowed: SIGNED_IN,
    rule: "signed in; one's own",
    probe: { query: '{ myAvailability { isSet } }' },
  },
  {
    coordinate: 'Query.myData',
    allowed: SIGNED_IN,
    rule: "signed in; one's own data export",
    probe: { query: '{ myData }' },
  },
  {
    coordinate: 'Query.myRegistrations',
    allowed: SIGNED_IN,
    rule: "signed in; one's own",
    probe: { query: '{ myRegistrations { id } }' },
  },
  {
    coordinate: 'Query.notifications',
    allowed: SIGNED_IN,
    rule: "signed in; one's own",
    probe: { query: '{ notifications(first: 5) { totalCount } }' },
  },
  {
    coordinate: 'Mutation.login',
    allowed: EVERYONE,
    rule: 'public (rate-limited, lockout after repeated failures)',
    probe: {
      query: 'mutation { login(email: "nobody@matrix.test", password: "wrong-password-1") { accessToken } }',
    },
  },
  {
    coordinate: 'Mutation.acceptInvitation',
    allowed: EVERYONE,
    rule: 'public: redeems the secret token of an invitation email (rate-limited)',
    probe: {
      query: 'mutation { acceptInvitation(token: "made-up", password: "Long-enough-1") { accessToken } }',
    },
  },
  {
    coordinate: 'Mutation.requestPasswordReset',
    allowed: EVERYONE,
    rule: 'public: always true, an email only to an address with an account (rate-limited)',
    probe: { query: 'mutation { requestPasswordReset(email: "nobody@nowhere.test") }' },
  },
  {
    coordinate: 'Mutation.resetPassword',
    allowed: EVERYONE,
    rule: 'public: redeems the secret token of a reset email, once, within the hour (rate-limited)',
    probe: {
      query: 'mutation { resetPassword(token: "made-up", password: "Long-enough-1") { accessToken } }',
    },
  },
  {
    coordinate: 'Mutation.changePassword',
    allowed: SIGNED_IN,
    rule: "signed in; one's own password, knowing the current one (counted like a sign-in)",
    probe: {
      query:
        'mutation { changePassword(currentPassword: "not-this-one", newPassword: "Long-enough-1") { accessToken } }',
    },
  },
  {
    coordinate: 'Mutation.refreshSession',
    allowed: EVERYONE,
    rule: 'public: redeems a refresh token',
    probe: { query: 'mutation { refreshSession(refreshToken: "made-up") { accessToken } }' },
  },
  {
    coordinate: 'Mutation.signOut',
    allowed: EVERYONE,
    rule: 'public: revokes the session of the refresh token given',
    probe: { query: 'mutation { signOut(refreshToken: "made-up") }' },
  },
  {
    coordinate: 'Mutation.signOutEverywhere',
    allowed: SIGNED_IN,
    rule: "signed in; one's own sessions",
    // Probed with a session of its own by the test (it ends the persona's sessions).
  },
  {
    coordinate: 'Mutation.updateMe',
    allowed: SIGNED_IN,
    rule: "signed in; one's own preferences",
    probe: { query: 'mutation { updateMe(input: { timeZone: "America/Toronto" }) { id } }' },
  },
  {
    coordinate: 'Mutation.deleteMyAccount',
    allowed: SIGNED_IN,
    rule: "signed in; one's own account",
    // Probed with a session of its own by the test (it ends the persona's account).
  },
  {
    coordinate: 'Mutation.resetCalendarFeedUrl',
    allowed: SIGNED_IN,
    rule: "signed in; one's own feed",
    probe: { query: 'mutation { resetCalendarFeedUrl }' },
  },
  {
    coordinate: 'Mutation.updateCompanyProfile',
    allowed: MANAGERS_OF_A,
    rule: "the company's admins; staff",
    probe: {
      query: 'mutation($c: ID) { updateCompanyProfile(companyId: $c, input: { city: "Laval" }) { id } }',
      variables: (w) => ({ c: w.companyA }),
    },
  },
  {
    coordinate: 'Mutation.inviteMember',
    allowed: MANAGERS_OF_A,
    rule: "the company's admins; staff (rate-limited)",
    probe: {
      query:
        'mutation($c: ID, $e: String!) { inviteMember(companyId: $c, email: $e, name: "Invited") { id } }',
      variables: (w) => ({ c: w.companyA, e: `invited-${Math.random().toString(36).slice(2)}@matrix.test` }),
    },
  },
  {
    coordinate: 'Mutation.importCompanies',
    allowed: STAFF,
    rule: 'staff',
    probe: { query: 'mutation { importCompanies(document: { companies: [] }, dryRun: true) { dryRun } }' },
  },
  {
    coordinate: 'Mutation.importSpreadsheet',
    allowed: STAFF,
    rule: 'staff',
    probe: { query: 'mutation { importSpreadsheet(format: CSV, content: "externalId\\n") { dryRun } }' },
  },
  {
    coordinate: 'Mutation.dismissSuggestion',
    allowed: SIGNED_IN,
    rule: "signed in; acts on the viewer's own company's feed",
    probe: {
      query: 'mutation($p: ID!) { dismissSuggestion(partnerId: $p) }',
      variables: (w) => ({ p: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.curateMatch',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query:
        'mutation($c: ID!, $p: ID!) { curateMatch(companyId: $c, partnerId: $p, status: PINNED) { score } }',
      variables: (w) => ({ c: w.companyA, p: w.companyB }),
    },
  },
  {
    coordinate: 'Mutation.rescoreAll',
    allowed: STAFF,
    rule: 'staff',
    probe: { query: 'mutation { rescoreAll { id } }' },
  },
  {
    coordinate: 'Mutation.setAvailability',
    allowed: SIGNED_IN,
    rule: "signed in; one's own",
    probe: {
      query: 'mutation($s: [TimeRangeInput!]!) { setAvailability(slots: $s) { start } }',
      variables: () => ({ s: [SLOT] }),
    },
  },
  {
    coordinate: 'Mutation.requestMeeting',
    allowed: ['member', 'otherMember', 'companyAdmin'],
    rule: 'people of a company, on behalf of their company (quotas and rate limit)',
    probe: {
      query:
        'mutation($to: ID!, $s: [TimeRangeInput!]) { requestMeeting(toCompanyId: $to, proposedSlots: $s) { id } }',
      variables: (w) => ({ to: w.missing, s: [SLOT] }),
    },
  },
  {
    coordinate: 'Mutation.declineMeetingRequests',
    allowed: ['member', 'otherMember', 'companyAdmin'],
    rule: "people of a company, for requests received by their company (others' requests: forbidden, none declined)",
    probe: {
      query: 'mutation($ids: [ID!]!) { declineMeetingRequests(ids: $ids) { id } }',
      variables: (w) => ({ ids: [w.missing] }),
    },
  },
  ...[
    'respondToMeetingRequest(id: $id, accept: false)',
    'cancelMeetingRequest(id: $id)',
    'cancelMeeting(id: $id)',
  ].map((call): OperationRow => ({
    coordinate: `Mutation.${call.slice(0, call.indexOf('('))}`,
    allowed: SIGNED_IN,
    rule: 'signed in; the companies concerned (others: not found)',
    probe: { query: `mutation($id: ID!) { ${call} { id } }`, variables: (w) => ({ id: w.missing }) },
  })),
  {
    coordinate: 'Mutation.proposeMeetingReschedule',
    allowed: SIGNED_IN,
    rule: 'signed in; people of the meeting’s companies (others: not found)',
    probe: {
      query:
        'mutation($id: ID!) { proposeMeetingReschedule(meetingId: $id, slots: [{ start: "2031-01-06T15:00:00Z", end: "2031-01-06T15:30:00Z" }]) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.respondToMeetingReschedule',
    allowed: SIGNED_IN,
    rule: 'signed in; people of the company that did not propose it (others: not found)',
    probe: {
      query: 'mutation($id: ID!) { respondToMeetingReschedule(id: $id, accept: false) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.withdrawMeetingReschedule',
    allowed: SIGNED_IN,
    rule: 'signed in; people of the company that proposed it (the other company: forbidden; others: not found)',
    probe: {
      query: 'mutation($id: ID!) { withdrawMeetingReschedule(meetingId: $id) { id } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.recordMeetingOutcome',
    allowed: ['member', 'otherMember', 'companyAdmin'],
    rule: "people of a participant's company (others: not found); staff do not record outcomes",
    probe: {
      query:
        'mutation($id: ID!) { recordMeetingOutcome(meetingId: $id, input: { useful: true }) { meetingId } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.openQueueDashboard',
    allowed: STAFF,
    rule: 'staff: a short-lived cookie for /admin/queues',
    probe: { query: 'mutation { openQueueDashboard { path } }' },
  },
  {
    coordinate: 'Mutation.markAllRead',
    allowed: SIGNED_IN,
    rule: "signed in; one's own",
    probe: { query: 'mutation { markAllRead }' },
  },
  {
    coordinate: 'Mutation.markRead',
    allowed: SIGNED_IN,
    rule: "signed in; one's own",
    probe: {
      query: 'mutation($ids: [ID!]!) { markRead(ids: $ids) { id } }',
      variables: (w) => ({ ids: [w.missing] }),
    },
  },
  {
    coordinate: 'Subscription.notificationAdded',
    allowed: SIGNED_IN,
    rule: "signed in; one's own notifications",
  },
];
