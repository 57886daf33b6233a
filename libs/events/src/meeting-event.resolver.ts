import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '@app/common';
import { MeetingRequestType, MeetingType } from '@app/meetings';
import { EventType } from './dto/event.types.js';
import { EventLoader } from './event.loaders.js';

/** The event a meeting request was made for (the meetings domain stores its id). */
@Resolver(() => MeetingRequestType)
export class MeetingRequestEventResolver {
  @ResolveField(() => EventType, {
    nullable: true,
    description: 'The event the meeting is asked for, if any.',
  })
  event(@Parent() request: { eventId: string | null }, @Loaders() loaders: RequestLoaders) {
    return request.eventId ? loaders.get(EventLoader).load(request.eventId) : null;
  }
}

/** The event a meeting takes place at. */
@Resolver(() => MeetingType)
export class MeetingEventResolver {
  @ResolveField(() => EventType, {
    nullable: true,
    description: 'The event the meeting takes place at, if any.',
  })
  event(@Parent() meeting: { eventId: string | null }, @Loaders() loaders: RequestLoaders) {
    return meeting.eventId ? loaders.get(EventLoader).load(meeting.eventId) : null;
  }
}
