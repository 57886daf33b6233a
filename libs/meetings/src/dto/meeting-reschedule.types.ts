import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { RescheduleStatus } from '../reschedules/meeting-reschedules.repository.js';
import { TimeRangeType } from './time-range.types.js';

export const RescheduleStatusEnum = {
  OPEN: 'OPEN',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
} as const satisfies Record<RescheduleStatus, RescheduleStatus>;
registerEnumType(RescheduleStatusEnum, {
  name: 'MeetingRescheduleStatus',
  description:
    'OPEN until the other company answers (ACCEPTED, DECLINED), or the proposer withdraws it or the meeting is cancelled (WITHDRAWN).',
});

@ObjectType('MeetingReschedule', {
  description:
    'New times proposed for a scheduled meeting by one company; the other accepts one or declines.',
})
export class MeetingRescheduleType {
  @Field(() => ID)
  id: string;

  @Field(() => [TimeRangeType], { description: 'One to three proposed times.' })
  slots: TimeRangeType[];

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => RescheduleStatusEnum)
  status: RescheduleStatus;

  @Field()
  createdAt: Date;
}
