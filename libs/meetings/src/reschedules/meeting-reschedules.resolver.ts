import { Injectable } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserLoader, UserType } from '@app/auth';
import {
  alignByKey,
  CurrentViewer,
  Loaders,
  type BatchLoader,
  type RequestLoaders,
  type Viewer,
} from '@app/common';
import { MeetingRescheduleType } from '../dto/meeting-reschedule.types.js';
import { MeetingType } from '../dto/meeting.types.js';
import { TimeRangeInput } from '../dto/time-range.types.js';
import type { MeetingEntity } from '../entities/meeting.entity.js';
import type { MeetingReschedule } from './meeting-reschedules.repository.js';
import { MeetingReschedulesService } from './meeting-reschedules.service.js';

/** The open proposal of a new time, by meeting id. */
@Injectable()
export class PendingRescheduleLoader implements BatchLoader<string, MeetingReschedule> {
  constructor(private readonly reschedules: MeetingReschedulesService) {}

  async load(meetingIds: readonly string[]) {
    return alignByKey(meetingIds, await this.reschedules.openOf(meetingIds), (r) => r.meetingId);
  }
}

@Resolver(() => MeetingRescheduleType)
export class MeetingReschedulesResolver {
  constructor(private readonly service: MeetingReschedulesService) {}

  @Mutation(() => MeetingType, {
    description:
      'A person of either company proposes one to three new times for a scheduled meeting still to come; ' +
      'the other company answers. One open proposal per meeting.',
  })
  proposeMeetingReschedule(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('slots', { type: () => [TimeRangeInput] }) slots: TimeRangeInput[],
    @Args('message', { type: () => String, nullable: true }) message?: string,
  ) {
    return this.service.propose(viewer, meetingId, slots, message);
  }

  @Mutation(() => MeetingType, {
    description:
      'A person of the other company accepts one proposed time (`slot`, optional when only one was proposed): ' +
      'the meeting moves and both sides are told; or declines: the meeting stays as it was.',
  })
  respondToMeetingReschedule(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('slot', { type: () => TimeRangeInput, nullable: true }) slot?: TimeRangeInput,
  ) {
    return this.service.respond(viewer, id, accept, slot);
  }

  @Mutation(() => MeetingType, {
    description:
      'A person of the company that proposed the meeting’s open reschedule withdraws it before it is answered: ' +
      'the meeting stays at its time and the other company is told. NOT_FOUND when none is open.',
  })
  withdrawMeetingReschedule(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ) {
    return this.service.withdraw(viewer, meetingId);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'Who proposed it.' })
  proposedBy(@Parent() proposal: MeetingReschedule, @Loaders() loaders: RequestLoaders) {
    return proposal.proposedBy ? loaders.get(UserLoader).load(proposal.proposedBy) : null;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in person’s company is the one to answer.',
  })
  canAnswer(@Parent() proposal: MeetingReschedule, @CurrentViewer() viewer: Viewer) {
    return viewer.companyId !== null && viewer.companyId !== proposal.proposerCompanyId;
  }
}

@Resolver(() => MeetingType)
export class MeetingPendingRescheduleResolver {
  @ResolveField(() => MeetingRescheduleType, {
    nullable: true,
    description: 'New times proposed for this meeting and not answered yet.',
  })
  pendingReschedule(@Parent() meeting: MeetingEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.get(PendingRescheduleLoader).load(meeting.id);
  }
}
