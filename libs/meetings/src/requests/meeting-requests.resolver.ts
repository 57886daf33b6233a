import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserLoader, UserType } from '@app/auth';
import {
  CurrentViewer,
  Loaders,
  RequestLocale,
  type Locale,
  type RequestLoaders,
  type Viewer,
} from '@app/common';
import { asSeenBy, CompanyLoader, CompanyType } from '@app/companies';
import { MatchReason, renderReasons } from '@app/matching';
import {
  MeetingRequestConnection,
  MeetingRequestDirectionEnum,
  MeetingRequestOrderEnum,
  MeetingRequestStatusEnum,
  MeetingRequestType,
  type MeetingRequestDirection,
  type MeetingRequestOrder,
} from '../dto/meeting-request.types.js';
import { MeetingType } from '../dto/meeting.types.js';
import { TimeRangeInput, TimeRangeType } from '../dto/time-range.types.js';
import type { MeetingRequestEntity, MeetingRequestStatus } from '../entities/meeting-request.entity.js';
import { MeetingOfRequestLoader, RequestFitLoader } from '../meeting.loaders.js';
import { BulkDeclineService } from './bulk-decline.service.js';
import { MeetingRequestsService } from './meeting-requests.service.js';
import { MeetingResponsesService } from './meeting-responses.service.js';
import { RequestFitsService } from './request-fits.service.js';

@Resolver(() => MeetingRequestType)
export class MeetingRequestsResolver {
  constructor(
    private readonly requests: MeetingRequestsService,
    private readonly responses: MeetingResponsesService,
    private readonly fits: RequestFitsService,
    private readonly bulkDecline: BulkDeclineService,
  ) {}

  @Query(() => MeetingRequestConnection, {
    description:
      'Requests sent or received by the signed-in person’s company (staff: all), newest first or best fit first.',
  })
  meetingRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('status', { type: () => MeetingRequestStatusEnum, nullable: true }) status?: MeetingRequestStatus,
    @Args('direction', { type: () => MeetingRequestDirectionEnum, nullable: true })
    direction?: MeetingRequestDirection,
    @Args('orderBy', { type: () => MeetingRequestOrderEnum, nullable: true, defaultValue: 'NEWEST' })
    orderBy?: MeetingRequestOrder,
  ) {
    if (orderBy === 'BEST_FIT') return this.fits.listBestFit(viewer, first, after, { status, direction });
    return this.requests.list(viewer, first, after, status, direction);
  }

  @Query(() => MeetingRequestType, { nullable: true })
  meetingRequest(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.requests.findVisible(viewer, id);
  }

  @Mutation(() => MeetingRequestType, {
    description:
      'Asks another company for a one-on-one meeting: one to three proposed time ranges, or an event both attend.',
  })
  requestMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('toCompanyId', { type: () => ID }) toCompanyId: string,
    @Args('eventId', { type: () => ID, nullable: true }) eventId?: string,
    @Args('message', { type: () => String, nullable: true }) message?: string,
    @Args('proposedSlots', { type: () => [TimeRangeInput], nullable: true }) proposedSlots?: TimeRangeInput[],
    @Args('location', { type: () => String, nullable: true, description: 'A place or a video link.' })
    location?: string,
  ) {
    return this.requests.request(viewer, { toCompanyId, eventId, message, proposedSlots, location });
  }

  @Mutation(() => MeetingRequestType, {
    description:
      'Any person of the receiving company accepts (with one of the proposed ranges, or a range of their own) or declines.',
  })
  respondToMeetingRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('slot', { type: () => TimeRangeInput, nullable: true }) slot?: TimeRangeInput,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
    @Args('location', {
      type: () => String,
      nullable: true,
      description: 'Overrides the requester’s suggestion.',
    })
    location?: string,
  ) {
    return this.responses.respond(viewer, id, { accept, slot, reason, location });
  }

  @Mutation(() => MeetingRequestType, {
    description: 'The requester withdraws a request still waiting for an answer.',
  })
  cancelMeetingRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ) {
    return this.requests.cancel(viewer, id, reason);
  }

  @Mutation(() => [MeetingRequestType], {
    description:
      'Declines several received requests at once with one reason (each requester is told in their own language); only PENDING requests addressed to the viewer’s company; all or nothing.',
  })
  declineMeetingRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ) {
    return this.bulkDecline.decline(viewer, ids, reason);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      '0..1: how well the two companies suit each other, seen from the receiving company; null for the requester.',
  })
  async fit(
    @Parent() request: MeetingRequestEntity,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number | null> {
    return (await loaders.get(RequestFitLoader).load(request))?.score ?? null;
  }

  @ResolveField(() => [MatchReason], {
    description: 'Why, best first, in the request’s language (empty when fit is null).',
  })
  async fitReasons(
    @Parent() request: MeetingRequestEntity,
    @RequestLocale() locale: Locale,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MatchReason[]> {
    const fit = await loaders.get(RequestFitLoader).load(request);
    return fit?.score != null ? renderReasons(fit.reasons, locale) : [];
  }

  @ResolveField(() => CompanyType, {
    description:
      'Named only (no profile) once it has opted out of matchmaking, to all but its people and staff.',
  })
  async fromCompany(
    @Parent() request: MeetingRequestEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return asSeenBy(viewer, (await loaders.get(CompanyLoader).load(request.fromCompanyId))!);
  }

  @ResolveField(() => CompanyType, {
    description:
      'Named only (no profile) once it has opted out of matchmaking, to all but its people and staff.',
  })
  async toCompany(
    @Parent() request: MeetingRequestEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return asSeenBy(viewer, (await loaders.get(CompanyLoader).load(request.toCompanyId))!);
  }

  @ResolveField(() => UserType)
  requester(@Parent() request: MeetingRequestEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.get(UserLoader).load(request.requesterId);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'Who accepted or declined it.' })
  respondedBy(@Parent() request: MeetingRequestEntity, @Loaders() loaders: RequestLoaders) {
    return request.respondedBy ? loaders.get(UserLoader).load(request.respondedBy) : null;
  }

  @ResolveField(() => [TimeRangeType])
  proposedSlots(@Parent() request: MeetingRequestEntity): TimeRangeType[] {
    return request.proposedSlots.map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
  }

  @ResolveField(() => MeetingRequestDirectionEnum, {
    nullable: true,
    description: 'Seen from the signed-in person’s company; null for staff looking at others’ requests.',
  })
  direction(
    @Parent() request: MeetingRequestEntity,
    @CurrentViewer() viewer: Viewer,
  ): MeetingRequestDirection | null {
    if (viewer.companyId === request.toCompanyId) return 'INCOMING';
    if (viewer.companyId === request.fromCompanyId) return 'OUTGOING';
    return null;
  }

  @ResolveField(() => MeetingType, { nullable: true, description: 'Once accepted with a time.' })
  meeting(@Parent() request: MeetingRequestEntity, @Loaders() loaders: RequestLoaders) {
    return request.status === 'ACCEPTED' ? loaders.get(MeetingOfRequestLoader).load(request.id) : null;
  }
}
