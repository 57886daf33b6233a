import { Foundation1764133200000 } from './1764133200000-foundation.js';
import { CompaniesAndAccounts1764133300000 } from './1764133300000-companies-and-accounts.js';
import { Matching1764133400000 } from './1764133400000-matching.js';
import { Events1764133450000 } from './1764133450000-events.js';
import { Meetings1764133500000 } from './1764133500000-meetings.js';
import { Notifications1764133510000 } from './1764133510000-notifications.js';
import { RefreshTokens1764133700000 } from './1764133700000-refresh-tokens.js';
import { MatchScoreReferences1764133800000 } from './1764133800000-match-score-references.js';
import { FeedGeneration1764133900000 } from './1764133900000-feed-generation.js';
import { OptOutLapsesRequests1764800000000 } from './1764800000000-opt-out-lapses-requests.js';
import { SealedEmailSecrets1764810000000 } from './1764810000000-sealed-email-secrets.js';
import { Digests1764820000000 } from './1764820000000-digests.js';
import { EventWishes1764830000000 } from './1764830000000-event-wishes.js';
import { TradeMissions1764840000000 } from './1764840000000-trade-missions.js';
import { PartnershipStage1764840100000 } from './1764840100000-partnership-stage.js';
import { MissionFollowUps1764840200000 } from './1764840200000-mission-follow-ups.js';
import { LensScoresAndFeedbackModels1764850000000 } from './1764850000000-lens-scores-and-feedback-models.js';
import { MissionFeePaid1796407783150 } from './1796407783150-mission-fee-paid.js';
import { PasswordResets1796455147052 } from './1796455147052-password-resets.js';
import { MeetingReschedules1796460000000 } from './1796460000000-meeting-reschedules.js';
import { PublishedReadModels1796487350815 } from './1796487350815-published-read-models.js';
import { UnfruitfulPairsByMeeting1796516193726 } from './1796516193726-unfruitful-pairs-by-meeting.js';
import { MembershipsOnAssociationsDay1796526585331 } from './1796526585331-memberships-on-associations-day.js';
import { FeedRowsJson1796650791094 } from './1796650791094-feed-rows-json.js';
import { FeedbackModelBodies1796740000000 } from './1796740000000-feedback-model-bodies.js';

/** Every migration, oldest first: bundled as classes so the compiled app needs no file globbing. */
export const MIGRATIONS = [
  Foundation1764133200000,
  CompaniesAndAccounts1764133300000,
  Matching1764133400000,
  Events1764133450000,
  Meetings1764133500000,
  Notifications1764133510000,
  RefreshTokens1764133700000,
  MatchScoreReferences1764133800000,
  FeedGeneration1764133900000,
  OptOutLapsesRequests1764800000000,
  SealedEmailSecrets1764810000000,
  Digests1764820000000,
  EventWishes1764830000000,
  TradeMissions1764840000000,
  PartnershipStage1764840100000,
  MissionFollowUps1764840200000,
  LensScoresAndFeedbackModels1764850000000,
  MissionFeePaid1796407783150,
  PasswordResets1796455147052,
  MeetingReschedules1796460000000,
  PublishedReadModels1796487350815,
  UnfruitfulPairsByMeeting1796516193726,
  MembershipsOnAssociationsDay1796526585331,
  FeedRowsJson1796650791094,
  FeedbackModelBodies1796740000000,
];
