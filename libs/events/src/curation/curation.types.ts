import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CompanyType } from '@app/companies';
import { CurationStatus, MatchReason } from '@app/matching';
import { MeetingWish } from '../wishes/event-wishes.types.js';

@ObjectType({ description: 'A suggested pair of attending companies, for staff curating an event.' })
export class EventCandidate {
  @Field(() => CompanyType, { description: 'The Québec side.' })
  company: CompanyType;

  @Field(() => CompanyType, { description: 'The Ontario side.' })
  partner: CompanyType;

  @Field(() => Float, { description: '0..1, scored among the event’s attendees.' })
  score: number;

  @Field(() => [MatchReason], { description: 'Best first, in the request’s language.' })
  reasons: MatchReason[];

  @Field(() => CurationStatus)
  curation: CurationStatus;

  @Field(() => String, { nullable: true, description: 'Staff’s note on the pair.' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The association whose staff pinned it.' })
  curatedBy: string | null;

  @Field({ description: 'An introduction was sent for this event (pinned in both feeds).' })
  introduced: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The latest meeting request between them for this event.',
  })
  requestStatus: string | null;

  @Field()
  hasMeeting: boolean;

  @Field(() => MeetingWish, {
    nullable: true,
    description: 'The Québec side’s wish about meeting the partner.',
  })
  companyWish: MeetingWish | null;

  @Field(() => MeetingWish, {
    nullable: true,
    description: 'The Ontario side’s wish about meeting the company.',
  })
  partnerWish: MeetingWish | null;
}

@InputType()
export class IntroductionInput {
  @Field(() => ID) companyId: string;
  @Field(() => ID) partnerId: string;
  @Field({ nullable: true, description: 'Shown to both companies in the email, and to staff.' })
  note?: string;
}
