import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { alignByKey, requestLoader, type GraphqlContext } from '@app/common';
import { MeetingRequestType, MeetingType } from '@app/meetings';
import { EventType } from './dto/event.types.js';
import type { EventEntity } from './event.entity.js';
import { EventsService } from './events.service.js';

function loadEvent(events: EventsService, context: GraphqlContext, eventId: string | null) {
  if (!eventId) return null;
  const loader = requestLoader<string, EventEntity>(context.req, 'event.byId', async (ids) =>
    alignByKey(ids, await events.findByIds(ids), (e) => e.id),
  );
  return loader.load(eventId);
}

/** The event a meeting request was made for (the meetings domain stores its id). */
@Resolver(() => MeetingRequestType)
export class MeetingRequestEventResolver {
  constructor(private readonly events: EventsService) {}

  @ResolveField(() => EventType, {
    nullable: true,
    description: 'The event the meeting is asked for, if any.',
  })
  event(@Parent() request: { eventId: string | null }, @Context() context: GraphqlContext) {
    return loadEvent(this.events, context, request.eventId);
  }
}

/** The event a meeting takes place at. */
@Resolver(() => MeetingType)
export class MeetingEventResolver {
  constructor(private readonly events: EventsService) {}

  @ResolveField(() => EventType, {
    nullable: true,
    description: 'The event the meeting takes place at, if any.',
  })
  event(@Parent() meeting: { eventId: string | null }, @Context() context: GraphqlContext) {
    return loadEvent(this.events, context, meeting.eventId);
  }
}
