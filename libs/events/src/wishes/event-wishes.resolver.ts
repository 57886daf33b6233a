import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CompanyLoader, CompanyType } from '@app/companies';
import { CurrentViewer, Loaders, type RequestLoaders, type Viewer } from '@app/common';
import { EventWishesService } from './event-wishes.service.js';
import { EventWish, EventWishPartner, MeetingWish } from './event-wishes.types.js';

interface WithPartner {
  partnerId: string;
}

@Resolver(() => EventWish)
export class EventWishesResolver {
  constructor(private readonly wishes: EventWishesService) {}

  @ResolveField(() => CompanyType)
  partner(@Parent() row: WithPartner, @Loaders() loaders: RequestLoaders) {
    return loaders.get(CompanyLoader).load(row.partnerId);
  }

  @Query(() => [EventWish], { description: 'The viewer’s company’s wishes for the event (attendees only).' })
  eventWishes(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }) eventId: string) {
    return this.wishes.ofViewer(viewer, eventId);
  }

  @Query(() => [EventWishPartner], {
    description:
      'Partners the viewer’s company may mark for the event: open requests between them there, and wishes set.',
  })
  eventWishPartners(@CurrentViewer() viewer: Viewer, @Args('eventId', { type: () => ID }) eventId: string) {
    return this.wishes.partnersOfViewer(viewer, eventId);
  }

  @Mutation(() => [EventWish], {
    description:
      'A company attending the event marks a partner it must meet (up to 5) or will not meet; null clears it. ' +
      'The event scheduler places MUST_MEET pairs first and never places a NO_THANKS pair.',
  })
  setEventWish(
    @CurrentViewer() viewer: Viewer,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('wish', { type: () => MeetingWish, nullable: true }) wish: MeetingWish | null,
  ) {
    return this.wishes.set(viewer, eventId, partnerId, wish ?? null);
  }
}

@Resolver(() => EventWishPartner)
export class EventWishPartnerResolver {
  @ResolveField(() => CompanyType)
  partner(@Parent() row: WithPartner, @Loaders() loaders: RequestLoaders) {
    return loaders.get(CompanyLoader).load(row.partnerId);
  }
}
