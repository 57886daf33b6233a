import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, KeptAnswer } from '@app/common';
import { CompanyType } from '@app/companies';
import { FEED_GENERATION } from '../feed/feed-cache.js';

export enum CurationStatus {
  NONE = 'NONE',
  PINNED = 'PINNED',
  HIDDEN = 'HIDDEN',
}
registerEnumType(CurationStatus, { name: 'CurationStatus' });

export enum RunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(RunStatus, { name: 'RunStatus' });

/** Why the viewer would meet a partner: good for both sides, or one way only. */
export enum SuggestionLens {
  ALL = 'ALL',
  THEY_OFFER_WHAT_WE_SEEK = 'THEY_OFFER_WHAT_WE_SEEK',
  THEY_SEEK_WHAT_WE_OFFER = 'THEY_SEEK_WHAT_WE_OFFER',
}
registerEnumType(SuggestionLens, {
  name: 'SuggestionLens',
  description: 'How a feed is ordered.',
  valuesMap: {
    ALL: { description: 'Partners good for both sides first, then those good for one (the pair score).' },
    THEY_OFFER_WHAT_WE_SEEK: {
      description:
        'Partners who can help us (suppliers, services, investors, licensors), by how well they offer what we seek.',
    },
    THEY_SEEK_WHAT_WE_OFFER: {
      description:
        'Partners we can help (clients, licensees, investees), by how well we offer what they seek.',
    },
  },
});

@ObjectType({ description: 'The one-way scores of a suggestion, from the viewer’s side.' })
export class SuggestionLensScores {
  @Field(() => Float, { description: '0..1: how well the partner offers what we seek.' })
  theyOffer: number;

  @Field(() => Float, { description: '0..1: how well we offer what the partner seeks.' })
  theySeek: number;
}

@ObjectType()
export class MatchReason {
  @Field()
  code: string;

  @Field({ description: 'In the request’s language.' })
  message: string;
}

@ObjectType()
export class SuggestedConnection {
  @Field(() => CompanyType)
  partner: CompanyType;

  @Field(() => Float, { description: '0..1' })
  score: number;

  @Field(() => SuggestionLensScores)
  lensScores: SuggestionLensScores;

  @Field(() => [MatchReason], {
    description: 'Best first; at least one. Read through a lens, the reasons of its direction come first.',
  })
  reasons: MatchReason[];

  @Field(() => CurationStatus)
  curation: CurationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The association whose staff pinned it (BIOQUEBEC or LSO).',
  })
  curatedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Staff’s note; shown to staff only.' })
  // Resolved by the viewer's role, which a kept answer's key holds.
  @KeptAnswer(FEED_GENERATION)
  curationNote?: string | null;
}

@ObjectType()
export class SuggestedConnectionConnection extends ConnectionType(
  SuggestedConnection,
  'SuggestedConnection',
) {}

@InputType()
export class SuggestionFilter {
  @Field({ nullable: true })
  sector?: string;

  @Field({ nullable: true })
  therapeuticArea?: string;

  @Field({ nullable: true, description: 'A capability the partner offers or seeks.' })
  capability?: string;

  @Field({ nullable: true })
  partnershipType?: string;

  @Field(() => SuggestionLens, { nullable: true, defaultValue: SuggestionLens.ALL })
  lens?: SuggestionLens;
}

@ObjectType()
export class MatchingRun {
  @Field(() => ID)
  id: string;

  @Field(() => RunStatus)
  status: RunStatus;

  @Field(() => Int)
  companiesScored: number;

  @Field(() => Int, { description: 'How many companies the run will score.' })
  companiesTotal: number;

  @Field(() => Int)
  pairsScored: number;

  @Field()
  modelVersion: string;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true })
  error: string | null;
}
