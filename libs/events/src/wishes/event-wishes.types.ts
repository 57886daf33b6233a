import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompanyType } from '@app/companies';

export enum MeetingWish {
  MUST_MEET = 'MUST_MEET',
  NO_THANKS = 'NO_THANKS',
}
registerEnumType(MeetingWish, {
  name: 'MeetingWish',
  description: 'What a company attending an event wishes of its meeting with a partner there.',
});

@ObjectType({
  description: 'One preference of the viewer’s company about a partner, for an event’s meetings.',
})
export class EventWish {
  @Field(() => CompanyType)
  partner: CompanyType;

  @Field(() => MeetingWish)
  wish: MeetingWish;
}

@ObjectType({
  description:
    'A partner the viewer’s company may mark for an event: a request between them there, or a wish already set.',
})
export class EventWishPartner {
  @Field(() => CompanyType)
  partner: CompanyType;

  @Field(() => String, {
    nullable: true,
    description: 'PENDING or ACCEPTED: the latest open request between the two companies at the event.',
  })
  requestStatus: string | null;

  @Field(() => MeetingWish, { nullable: true })
  wish: MeetingWish | null;
}
