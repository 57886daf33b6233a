import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';

@ObjectType('Notification', {
  description: 'Something that happened to the signed-in person, in their language.',
})
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. MEETING_REQUEST_RECEIVED, MEETING_CANCELLED, MEETING_REMINDER_15M.' })
  kind: string;

  @Field({ description: 'One sentence in the reader’s language, times in their zone.' })
  message: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The meeting it is about, if any.' })
  meetingId: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting request it is about, if any.' })
  meetingRequestId: string | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationType, 'Notification') {
  @Field(() => Int, { description: 'Unread notifications of the signed-in person, whatever the page.' })
  unreadCount: number;
}
