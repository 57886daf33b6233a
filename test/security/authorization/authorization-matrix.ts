/** The authorization table: operation rows, field rows and the personas they name. */
import { STAFF, type FieldRow } from './personas.js';

export * from './personas.js';
import { OPERATION_ROWS as CORE_OPERATION_ROWS } from './operation-rows.js';
import { EVENT_ROWS } from './operation-rows.events.js';
import { MISSION_AND_WISH_ROWS } from './operation-rows.missions-and-wishes.js';

export const OPERATION_ROWS = [...CORE_OPERATION_ROWS, ...EVENT_ROWS, ...MISSION_AND_WISH_ROWS];

const withParent = (type: string, fields: string, rule = 'whoever may see the parent'): FieldRow[] =>
  fields.split(/\s+/).map((field) => ({ coordinate: `${type}.${field}`, allowed: 'parent', rule }));

/** Fields whose readers differ from their parent's. */
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
  ...withParent('ImportLine', 'externalId isNew name row', 'staff'),
  ...withParent('ImportResult', 'companies created dryRun invited lines unchanged updated', 'staff'),
  ...withParent('Label', 'code label'),
  ...withParent('MatchReason', 'code message'),
  ...withParent(
    'MatchingRun',
    'companiesScored companiesTotal error finishedAt id modelVersion pairsScored startedAt status',
    'staff',
  ),
  ...withParent(
    'Meeting',
    `cancelReason cancelledAt companies createdAt end event icsUrl id location outcome participants pendingReschedule
     request start status table`,
    "the participants' companies and staff",
  ),
  ...withParent(
    'MeetingReschedule',
    'canAnswer createdAt id message proposedBy slots status',
    "the meeting's companies and staff",
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
  ...withParent(
    'MeetingRequest',
    'fit fitReasons',
    'the receiving company and staff (the requester: null and [])',
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
  ...withParent('PartnershipReport', 'byEvent byMonth byProvince from to', 'staff'),
  ...withParent(
    'PartnershipReportRow',
    `crossBorderMeetingsHeld crossBorderRequests event followUps meetingsHeld noShows partnershipsDiscussed period province
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
  ...withParent('User', 'association company digest id locale name role timeZone'),
  {
    coordinate: 'User.email',
    allowed: 'parent',
    rule: 'the person, their company, staff, and people they have met (others: hidden)',
  },
  { coordinate: 'User.calendarFeedUrl', allowed: 'parent', rule: 'the person themself' },
  ...withParent('WeeklyRange', 'day end start', 'the person themself'),
  ...withParent('EventCandidate', 'companyWish partnerWish', 'staff'),
  ...withParent('EventWish', 'partner wish', "the attending company's people"),
  ...withParent('EventWishPartner', 'partner requestStatus wish', "the attending company's people"),
  ...withParent('Meeting', 'mission', "the participants' companies and staff"),
  ...withParent('MeetingOutcome', 'stage', 'the company that recorded it, and staff'),
  ...withParent('SuggestedConnection', 'lensScores'),
  {
    coordinate: 'Company.fitWithMe',
    allowed: 'parent',
    rule: "people of another company (seen from theirs); one's own company and staff: null",
  },
  ...withParent('CompanyFit', 'reasons score', "the viewer's company"),
  {
    coordinate: 'Company.meetingsWithMe',
    allowed: 'parent',
    rule: "people of another company (their company's requests and meetings); one's own and staff: null",
  },
  ...withParent('MeetingsWithMe', 'nextMeeting pendingRequest', "the viewer's company"),
  ...withParent('MeetingsWithCompany', 'companyId nextMeeting pendingRequest', "the viewer's company"),
  {
    coordinate: 'Event.attendees',
    allowed: 'parent',
    rule: 'signed in; confirmed companies that opted in to matchmaking',
  },
  ...withParent('SuggestionLensScores', 'theyOffer theySeek'),
  ...withParent(
    'TradeMission',
    `applicationDeadline applicationsCount city dailyEnd dailyStart delegationSize description endsAt feeForMe
     hostProvince id meetingMinutes meetingsPerDelegate myApplication organizer sectors startsAt status timeZone title`,
    'signed in; a draft: staff only',
  ),
  ...withParent(
    'MissionApplication',
    'bestMatches company createdAt feePaidAt id marketFit mission objectives role status strongMatches',
    "the applying company's people and the mission's staff",
  ),
  ...withParent('MissionMatch', 'company reasons score', "the mission's staff"),
  ...withParent('MissionPreferences', 'avoid choices mustMeet', "the selected company's people"),
  ...withParent('MissionAgenda', 'calendarUrl company meetings mission', "the company's people and staff"),
  ...withParent(
    'MissionArrangement',
    'delegatesBelowTarget meetings millis pairings placed totalFit unplacedMustMeets unplacedReasons',
    "the mission's staff",
  ),
  ...withParent('MissionPairing', 'delegate end fit host kept mustMeet start', "the mission's staff"),
  ...withParent(
    'MissionReport',
    `delegateLines delegates followUpsPlanned hosts meetingsArranged meetingsHeld mission noShows
     partnershipsDiscussed stages`,
    "the mission's staff",
  ),
  ...withParent(
    'MissionDelegateLine',
    'company feeCents feePaidAt meetingsHeld stages',
    "the mission's staff",
  ),
  ...withParent('StageCount', 'meetings stage', "the mission's staff"),
];
