/**
 * Who may use each operation and field of the GraphQL API, in one table. The personas are seen
 * from one company, "the company concerned" (A): its member, its admin, a member of another
 * company (B), staff of an association, the platform administrator, and an anonymous caller.
 * test/security/authorization-matrix.e2e-spec.ts calls every operation as every persona against
 * the running app, and fails when the schema has an operation or field without a row here.
 */
export const PERSONAS = ['anonymous', 'member', 'otherMember', 'companyAdmin', 'staff', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

/** Ids the probes refer to: the company concerned, another company, and an id that matches nothing. */
export interface ProbeWorld {
  companyA: string;
  companyB: string;
  missing: string;
}

export interface OperationRow {
  /** `Query.x`, `Mutation.x` or `Subscription.x`. */
  coordinate: string;
  allowed: readonly Persona[];
  /** What the rule is, in words, for docs/security.md and for a reviewer. */
  rule: string;
  /** A call of the operation; omitted for subscriptions (graphql-ws), checked by their own tests. */
  probe?: { query: string; variables?: (w: ProbeWorld) => Record<string, unknown> };
}

/** A resolved field: `parent` when whoever may see the object sees the field. */
export interface FieldRow {
  coordinate: string;
  allowed: readonly Persona[] | 'parent';
  rule: string;
}

const SIGNED_IN: readonly Persona[] = ['member', 'otherMember', 'companyAdmin', 'staff', 'admin'];
const EVERYONE: readonly Persona[] = ['anonymous', ...SIGNED_IN];
const STAFF: readonly Persona[] = ['staff', 'admin'];
const MANAGERS_OF_A: readonly Persona[] = ['companyAdmin', 'staff', 'admin'];
const PEOPLE_OF_A: readonly Persona[] = ['member', 'companyAdmin', 'staff', 'admin'];

const SLOT = { start: '2031-03-03T14:00:00Z', end: '2031-03-03T15:00:00Z' };
const EVENT_INPUT = {
  titleFr: 'Rencontre',
  titleEn: 'Meeting day',
  startsAt: '2031-05-05T13:00:00Z',
  endsAt: '2031-05-05T21:00:00Z',
  timeZone: 'America/Toronto',
  organizers: ['LSO'],
  memberPriceCents: 0,
  partnerMemberPriceCents: 0,
  nonMemberPriceCents: 0,
};

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
    coordinate: 'Query.events',
    allowed: SIGNED_IN,
    rule: 'signed in',
    probe: { query: '{ events { id } }' },
  },
  {
    coordinate: 'Query.event',
    allowed: SIGNED_IN,
    rule: 'signed in',
    probe: { query: 'query($id: ID!) { event(id: $id) { id } }', variables: (w) => ({ id: w.missing }) },
  },
  {
    coordinate: 'Query.scheduleRun',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'query($id: ID!) { scheduleRun(id: $id) { runId } }',
      variables: (w) => ({ id: w.missing }),
    },
  },
  {
    coordinate: 'Query.partnershipReport',
    allowed: STAFF,
    rule: 'staff (also GET /admin/reports/partnership.csv)',
    probe: { query: '{ partnershipReport { from } }' },
  },
  {
    coordinate: 'Query.eventDemand',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'query($e: ID!) { eventDemand(eventId: $e) { meetings } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Query.eventCandidates',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'query($e: ID!) { eventCandidates(eventId: $e) { score } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.curateEventMatch',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query:
        'mutation($e: ID!, $c: ID!, $p: ID!) { curateEventMatch(eventId: $e, companyId: $c, partnerId: $p, status: PINNED) { curation } }',
      variables: (w) => ({ e: w.missing, c: w.companyA, p: w.companyB }),
    },
  },
  {
    coordinate: 'Mutation.sendEventIntroductions',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query:
        'mutation($e: ID!, $i: [IntroductionInput!]!) { sendEventIntroductions(eventId: $e, introductions: $i) { score } }',
      variables: (w) => ({ e: w.missing, i: [{ companyId: w.companyA, partnerId: w.companyB }] }),
    },
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
    coordinate: 'Mutation.createEvent',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
      variables: () => ({ i: EVENT_INPUT }),
    },
  },
  {
    coordinate: 'Mutation.updateEvent',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { id } }',
      variables: (w) => ({ id: w.missing, i: EVENT_INPUT }),
    },
  },
  {
    coordinate: 'Mutation.registerForEvent',
    allowed: SIGNED_IN,
    rule: 'signed in; a company admin may register a colleague, staff anyone',
    probe: {
      query: 'mutation($e: ID!) { registerForEvent(eventId: $e) { id } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.cancelRegistration',
    allowed: SIGNED_IN,
    rule: 'signed in; the person registered, their company admin, staff',
    probe: {
      query: 'mutation($e: ID) { cancelRegistration(eventId: $e) { id } }',
      variables: (w) => ({ e: w.missing }),
    },
  },
  {
    coordinate: 'Mutation.scheduleEventMeetings',
    allowed: STAFF,
    rule: 'staff',
    probe: {
      query: 'mutation($e: ID!) { scheduleEventMeetings(eventId: $e) { runId } }',
      variables: (w) => ({ e: w.missing }),
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

const withParent = (type: string, fields: string, rule = 'whoever may see the parent'): FieldRow[] =>
  fields.split(/\s+/).map((field) => ({ coordinate: `${type}.${field}`, allowed: 'parent', rule }));

export const FIELD_ROWS: readonly FieldRow[] = [
  ...withParent('AuthPayload', 'accessToken expiresIn refreshToken user', 'the person who just signed in'),
  ...withParent('Availability', 'isSet slots timeZone upcoming weekly', 'the person themself'),
  ...withParent(
    'Company',
    `city description descriptionEn descriptionFr externalId id languages matchmakingConsentAt matchmakingOptIn
     memberships modalities name offers partnershipTypes province sectors seeking seekingEn seekingFr seeks size
     stage therapeuticAreas website`,
  ),
  {
    coordinate: 'Company.members',
    allowed: 'parent',
    rule: 'people of any company who may see it; emails as User.email',
  },
  ...withParent('CompanyConnection', 'edges pageInfo totalCount'),
  ...withParent('CompanyEdge', 'cursor node'),
  ...withParent(
    'Event',
    `capacity description descriptionEn descriptionFr endsAt id myRegistration online organizers partneringSession
     priceForMe prices province registeredCount registrationClosesAt registrationOpen registrationOpensAt startsAt
     timeZone title titleEn titleFr venue waitlistCount`,
  ),
  { coordinate: 'Event.registrations', allowed: STAFF, rule: 'staff (others: empty)' },
  ...withParent('QueueDashboardAccess', 'expiresAt path', 'staff'),
  ...withParent('EventPrices', 'currency memberPriceCents nonMemberPriceCents partnerMemberPriceCents'),
  ...withParent('EventSlot', 'end id start'),
  ...withParent('ImportResult', 'companies created dryRun invited unchanged updated', 'staff'),
  ...withParent('Label', 'code label'),
  ...withParent('MatchReason', 'code message'),
  ...withParent(
    'MatchingRun',
    'companiesScored companiesTotal error finishedAt id modelVersion pairsScored startedAt status',
    'staff',
  ),
  ...withParent(
    'Meeting',
    `cancelReason cancelledAt companies createdAt end event icsUrl id location outcome participants request start
     status table`,
    "the participants' companies and staff",
  ),
  ...withParent(
    'MeetingOutcome',
    'followUpPlanned meetingId noShow note partnershipDiscussed recordedAt recordedBy useful',
    'the company that recorded it, and staff',
  ),
  ...withParent(
    'MeetingRequest',
    `createdAt direction event expiresAt fromCompany id location meeting message proposedSlots reason requester
     respondedAt respondedBy status toCompany`,
    'the two companies and staff',
  ),
  ...withParent('MeetingRequestConnection', 'edges pageInfo totalCount'),
  ...withParent('MeetingRequestEdge', 'cursor node'),
  ...withParent('Membership', 'active association expiresOn memberSince'),
  ...withParent(
    'Notification',
    'createdAt id kind meetingId meetingRequestId message readAt',
    'its recipient',
  ),
  ...withParent('NotificationConnection', 'edges pageInfo totalCount unreadCount', 'its recipient'),
  ...withParent('NotificationEdge', 'cursor node', 'its recipient'),
  ...withParent('PageInfo', 'endCursor hasNextPage hasPreviousPage startCursor'),
  ...withParent('PartneringBreak', 'end start'),
  ...withParent('PartneringDay', 'breaks date end start'),
  ...withParent('PartneringSession', 'days slotMinutes slots tables'),
  ...withParent('Price', 'amountCents currency taxCents taxProvince taxes tier tierLabel totalCents'),
  ...withParent(
    'Registration',
    'cancelledAt company confirmedAt createdAt event id price status user waitlistPosition',
    'the person registered, their company admin, staff',
  ),
  ...withParent('ScheduleGridSlot', 'placements slot tablesFree tablesUsed', 'staff'),
  ...withParent('SchedulePlacement', 'companies fixed meeting request table', 'staff'),
  ...withParent(
    'ScheduleResult',
    `createdAt error event finishedAt grid kept lowerBoundUnplaced meetings millis placed publish runId status
     tables unplaced unplacedMeetings unplacedReasons`,
    'staff',
  ),
  ...withParent(
    'CompanyDemand',
    'accepted attending awaitingReply company crossBorderMeetings meetings requestsReceived requestsSent unanswered',
    'staff',
  ),
  ...withParent(
    'EventDemand',
    'acceptedWithoutMeeting companies companiesWithoutMeeting crossBorderMeetings meetings pendingRequests requests',
    'staff',
  ),
  ...withParent(
    'EventCandidate',
    'company curatedBy curation hasMeeting introduced note partner reasons requestStatus score',
    'staff',
  ),
  ...withParent('PartnershipReport', 'byEvent byMonth from to', 'staff'),
  ...withParent(
    'PartnershipReportRow',
    `crossBorderMeetingsHeld crossBorderRequests event followUps meetingsHeld partnershipsDiscussed period province
     requests sector suggestionsShown`,
    'staff',
  ),
  ...withParent('SuggestedConnection', 'curatedBy curation partner reasons score'),
  { coordinate: 'SuggestedConnection.curationNote', allowed: STAFF, rule: 'staff (others: null)' },
  ...withParent('SuggestedConnectionConnection', 'edges pageInfo totalCount'),
  ...withParent('SuggestedConnectionEdge', 'cursor node'),
  ...withParent('TaxLineType', 'amountCents code label ratePercent'),
  ...withParent('TimeRange', 'end start'),
  ...withParent('UnplacedMeeting', 'message reason request', 'staff'),
  ...withParent('User', 'association company id locale name role timeZone'),
  {
    coordinate: 'User.email',
    allowed: 'parent',
    rule: 'the person, their company, staff, and people they have met (others: hidden)',
  },
  { coordinate: 'User.calendarFeedUrl', allowed: 'parent', rule: 'the person themself' },
  ...withParent('WeeklyRange', 'day end start', 'the person themself'),
];
