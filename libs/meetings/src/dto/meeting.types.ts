import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MeetingStatus } from '../entities/meeting.entity.js';
import { PARTNERSHIP_STAGES, type PartnershipStage } from '../entities/meeting-outcome.entity.js';

export const PartnershipStageEnum = Object.fromEntries(PARTNERSHIP_STAGES.map((s) => [s, s])) as Record<
  PartnershipStage,
  PartnershipStage
>;
registerEnumType(PartnershipStageEnum, {
  name: 'PartnershipStage',
  description:
    'Where a meeting led: no further contact, knowledge gained, a valuable contact, a negotiation, an agreement.',
});

export const MeetingStatusEnum = { SCHEDULED: 'SCHEDULED', CANCELLED: 'CANCELLED' } as const satisfies Record<
  MeetingStatus,
  MeetingStatus
>;
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus' });

/** A one-on-one meeting. People, companies and the calendar link are resolved per request. */
@ObjectType('Meeting')
export class MeetingType {
  @Field(() => ID)
  id: string;

  @Field()
  start: Date;

  @Field()
  end: Date;

  @Field(() => String, { nullable: true, description: 'A place or a video link.' })
  location: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The table at an event, once the event scheduler placed it.',
  })
  table: string | null;

  @Field(() => MeetingStatusEnum)
  status: MeetingStatus;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('MeetingOutcome', {
  description: 'What one company recorded after a meeting; visible to that company only.',
})
export class MeetingOutcomeType {
  @Field(() => ID)
  meetingId: string;

  @Field({ description: 'Whether the meeting was useful.' })
  useful: boolean;

  @Field()
  followUpPlanned: boolean;

  @Field()
  partnershipDiscussed: boolean;

  @Field({ description: 'The other side did not come.' })
  noShow: boolean;

  @Field(() => String, { nullable: true, description: 'Private to the company that wrote it.' })
  note: string | null;

  @Field(() => PartnershipStageEnum, {
    nullable: true,
    description: 'Where the meeting led, as this company saw it.',
  })
  stage: PartnershipStage | null;

  @Field()
  recordedAt: Date;

  recordedBy: string | null;
}

@InputType('MeetingOutcomeInput')
export class MeetingOutcomeInput {
  @Field()
  useful: boolean;

  @Field({ nullable: true, defaultValue: false })
  followUpPlanned?: boolean;

  @Field({ nullable: true, defaultValue: false })
  partnershipDiscussed?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'The other side did not come.' })
  noShow?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Up to 2,000 characters, kept private to your company.',
  })
  note?: string | null;

  @Field(() => PartnershipStageEnum, {
    nullable: true,
    description: 'Where the meeting led; left out: the stage recorded before stays.',
  })
  stage?: PartnershipStage | null;
}
