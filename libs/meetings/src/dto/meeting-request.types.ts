import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { MEETING_REQUEST_STATUSES, type MeetingRequestStatus } from '../entities/meeting-request.entity.js';

export const MeetingRequestStatusEnum = Object.fromEntries(MEETING_REQUEST_STATUSES.map((s) => [s, s])) as {
  [K in MeetingRequestStatus]: K;
};
registerEnumType(MeetingRequestStatusEnum, { name: 'MeetingRequestStatus' });

export const MeetingRequestDirectionEnum = { INCOMING: 'INCOMING', OUTGOING: 'OUTGOING' } as const;
export type MeetingRequestDirection = keyof typeof MeetingRequestDirectionEnum;
registerEnumType(MeetingRequestDirectionEnum, {
  name: 'MeetingRequestDirection',
  description: 'INCOMING: sent to the signed-in person’s company; OUTGOING: sent by it.',
});

export const MeetingRequestOrderEnum = { NEWEST: 'NEWEST', BEST_FIT: 'BEST_FIT' } as const;
export type MeetingRequestOrder = keyof typeof MeetingRequestOrderEnum;
registerEnumType(MeetingRequestOrderEnum, {
  name: 'MeetingRequestOrder',
  description:
    'NEWEST: newest first; BEST_FIT: best `fit` first (ties: newest first), requests from dismissed or hidden companies last.',
});

/**
 * A company asking another for a one-on-one meeting. Companies, people, proposed slots and the
 * meeting are resolved per request (see MeetingRequestsResolver).
 */
@ObjectType('MeetingRequest')
export class MeetingRequestType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'A place or a video link suggested by the requester.' })
  location: string | null;

  @Field(() => MeetingRequestStatusEnum)
  status: MeetingRequestStatus;

  @Field()
  createdAt: Date;

  @Field({ description: 'When a pending request expires without an answer (14 days after it was sent).' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    name: 'reason',
    description: 'Why it was declined or withdrawn, when a reason was given.',
  })
  responseReason: string | null;
}

@ObjectType()
export class MeetingRequestConnection extends ConnectionType(MeetingRequestType, 'MeetingRequest') {}
