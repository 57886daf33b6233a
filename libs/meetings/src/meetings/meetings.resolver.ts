import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UsersService, UserType, type UserEntity } from '@app/auth';
import {
  alignByKey,
  CurrentViewer,
  groupByKey,
  requestLoader,
  type GraphqlContext,
  type Viewer,
} from '@app/common';
import { CompaniesService, companyLoader, CompanyType, type CompanyEntity } from '@app/companies';
import { CalendarLinks } from '../calendar/calendar-links.js';
import { viewerCalendarToken } from '../calendar/calendar-feed.resolver.js';
import { MeetingRequestType } from '../dto/meeting-request.types.js';
import { MeetingOutcomeInput, MeetingOutcomeType, MeetingType } from '../dto/meeting.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingOutcomeEntity } from '../entities/meeting-outcome.entity.js';
import type { MeetingParticipantEntity } from '../entities/meeting-participant.entity.js';
import type { MeetingRequestEntity } from '../entities/meeting-request.entity.js';
import { userLoader } from '../loaders.js';
import { MeetingRequestsService } from '../requests/meeting-requests.service.js';
import { MeetingsService } from './meetings.service.js';

@Resolver(() => MeetingType)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly requests: MeetingRequestsService,
    private readonly companyService: CompaniesService,
    private readonly users: UsersService,
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

  private seats(context: GraphqlContext, meetingId: string) {
    return requestLoader<string, MeetingParticipantEntity[]>(context.req, 'meeting.seats', async (ids) =>
      groupByKey(ids, await this.service.seatsOf(ids), (s) => s.meetingId),
    ).load(meetingId);
  }

  @ResolveField(() => [UserType])
  async participants(@Parent() meeting: MeetingEntity, @Context() context: GraphqlContext) {
    const seats = (await this.seats(context, meeting.id)) ?? [];
    const people = await userLoader(context, this.users).loadMany(seats.map((s) => s.userId));
    return people.filter((p): p is UserEntity => !!p && !(p instanceof Error));
  }

  @ResolveField(() => [CompanyType])
  async companies(@Parent() meeting: MeetingEntity, @Context() context: GraphqlContext) {
    const seats = (await this.seats(context, meeting.id)) ?? [];
    const found = await companyLoader(context, this.companyService).loadMany([
      ...new Set(seats.map((s) => s.companyId)),
    ]);
    return found.filter((c): c is CompanyEntity => !!c && !(c instanceof Error));
  }

  @ResolveField(() => String, {
    description: 'This meeting as a calendar file, through the signed-in person’s secret calendar link.',
  })
  async icsUrl(
    @Parent() meeting: MeetingEntity,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    const token = await viewerCalendarToken(context, this.links, viewer);
    return this.links.meetingUrl(token ?? '', meeting.id);
  }

  @ResolveField(() => MeetingRequestType, {
    nullable: true,
    description: 'The request it came from, if any.',
  })
  request(@Parent() meeting: MeetingEntity, @Context() context: GraphqlContext) {
    if (!meeting.requestId) return null;
    return requestLoader<string, MeetingRequestEntity>(context.req, 'meetingRequest.byId', async (ids) =>
      alignByKey(ids, await this.requests.findByIds(ids), (r) => r.id),
    ).load(meeting.requestId);
  }

  @ResolveField(() => MeetingOutcomeType, {
    nullable: true,
    description: 'What the signed-in person’s company recorded after the meeting.',
  })
  outcome(
    @Parent() meeting: MeetingEntity,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    const companyId = viewer.companyId;
    if (!companyId) return null;
    return requestLoader<string, MeetingOutcomeEntity>(context.req, 'meeting.ownOutcome', async (ids) =>
      alignByKey(ids, await this.service.outcomesOf(companyId, ids), (o) => o.meetingId),
    ).load(meeting.id);
  }
}

@Resolver(() => MeetingOutcomeType)
export class MeetingOutcomeResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserType, { nullable: true })
  recordedBy(@Parent() outcome: MeetingOutcomeEntity, @Context() context: GraphqlContext) {
    return outcome.recordedBy ? userLoader(context, this.users).load(outcome.recordedBy) : null;
  }
}
