import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { CompanyType } from '@app/companies';

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

  @Field(() => [MatchReason], { description: 'Best first; at least one.' })
  reasons: MatchReason[];

  @Field(() => CurationStatus)
  curation: CurationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The association whose staff pinned it (BIOQUEBEC or LSO).',
  })
  curatedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Staff’s note; shown to staff only.' })
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
