import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserLoader, UserType, type UserEntity } from '@app/auth';
import { CurrentViewer, Loaders, type RequestLoaders, type Viewer } from '@app/common';
import { CompanyLoader, CompanyType, type CompanyEntity } from '@app/companies';
import { CalendarLinks } from '../calendar/calendar-links.js';
import { MeetingRequestType } from '../dto/meeting-request.types.js';
import { MeetingOutcomeInput, MeetingOutcomeType, MeetingType } from '../dto/meeting.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingOutcomeEntity } from '../entities/meeting-outcome.entity.js';
import {
  CalendarTokenLoader,
  MeetingRequestLoader,
  MeetingSeatsLoader,
  OwnOutcomeLoader,
} from '../meeting.loaders.js';
import { MeetingsService } from './meetings.service.js';

@Resolver(() => MeetingType)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly links: CalendarLinks,
  ) {}

  @Query(() => [MeetingType], {
    description:
      'The signed-in person’s meetings (with `company`, their colleagues’ too), cancelled ones included, by start. ' +
      'Without `from`: those not over yet; without `to`: no end.',
  })
  meetings(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { type: () => Date, nullable: true }) from?: Date,
    @Args('to', { type: () => Date, nullable: true }) to?: Date,
    @Args('company', { nullable: true, defaultValue: false }) company?: boolean,
  ) {
    return this.service.list(viewer, from, to, company ?? false);
  }

  @Query(() => MeetingType, { nullable: true })
  meeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(viewer, id);
  }

  @Mutation(() => MeetingType, { description: 'Either side cancels before it starts; the others are told.' })
  cancelMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ) {
    return this.service.cancel(viewer, id, reason);
  }

  @Mutation(() => MeetingOutcomeType, {
    description: 'After the meeting, each company records how it went (again, to correct it).',
  })
  recordMeetingOutcome(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: MeetingOutcomeInput,
  ) {
    return this.service.recordOutcome(viewer, meetingId, input);
  }

  @ResolveField(() => [UserType])
  async participants(@Parent() meeting: MeetingEntity, @Loaders() loaders: RequestLoaders) {
    const seats = (await loaders.get(MeetingSeatsLoader).load(meeting.id)) ?? [];
    const people = await loaders.get(UserLoader).loadMany(seats.map((s) => s.userId));
    return people.filter((p): p is UserEntity => !!p && !(p instanceof Error));
  }

  @ResolveField(() => [CompanyType])
  async companies(@Parent() meeting: MeetingEntity, @Loaders() loaders: RequestLoaders) {
    const seats = (await loaders.get(MeetingSeatsLoader).load(meeting.id)) ?? [];
    const found = await loaders.get(CompanyLoader).loadMany([...new Set(seats.map((s) => s.companyId))]);
    return found.filter((c): c is CompanyEntity => !!c && !(c instanceof Error));
  }

  @ResolveField(() => String, {
    description: 'This meeting as a calendar file, through the signed-in person’s secret calendar link.',
  })
  async icsUrl(
    @Parent() meeting: MeetingEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    const token = await loaders.get(CalendarTokenLoader).load(viewer.userId);
    return this.links.meetingUrl(token ?? '', meeting.id);
  }

  @ResolveField(() => MeetingRequestType, {
    nullable: true,
    description: 'The request it came from, if any.',
  })
  request(@Parent() meeting: MeetingEntity, @Loaders() loaders: RequestLoaders) {
    return meeting.requestId ? loaders.get(MeetingRequestLoader).load(meeting.requestId) : null;
  }

  @ResolveField(() => MeetingOutcomeType, {
    nullable: true,
    description: 'What the signed-in person’s company recorded after the meeting.',
  })
  outcome(
    @Parent() meeting: MeetingEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return viewer.companyId ? loaders.get(OwnOutcomeLoader).load(meeting.id) : null;
  }
}

@Resolver(() => MeetingOutcomeType)
export class MeetingOutcomeResolver {
  @ResolveField(() => UserType, { nullable: true })
  recordedBy(@Parent() outcome: MeetingOutcomeEntity, @Loaders() loaders: RequestLoaders) {
    return outcome.recordedBy ? loaders.get(UserLoader).load(outcome.recordedBy) : null;
  }
}
