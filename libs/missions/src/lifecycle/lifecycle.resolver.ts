import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import { CurrentViewer, type Viewer } from '@app/common';
import { MissionApplicationType, TradeMissionStatusEnum, TradeMissionType } from '../dto/mission.types.js';
import type { TradeMissionStatus } from '../mission.entity.js';
import { MissionLifecycleService } from './lifecycle.service.js';

@Resolver()
export class MissionLifecycleResolver {
  constructor(private readonly lifecycle: MissionLifecycleService) {}

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => TradeMissionType, {
    description:
      'Staff: OPEN → CLOSED (applications close) → OPEN again before the deadline, CLOSED → SCHEDULED once meetings are published, SCHEDULED → COMPLETED once over; any mission not over → CANCELLED (applicants are told).',
  })
  setTradeMissionStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => TradeMissionStatusEnum }) status: TradeMissionStatus,
  ) {
    return this.lifecycle.changeStatus(viewer, id, status);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => MissionApplicationType, {
    description: 'Staff: a selected delegate paid its fee (paid: false undoes it).',
  })
  recordMissionFeePaid(
    @CurrentViewer() viewer: Viewer,
    @Args('applicationId', { type: () => ID }) applicationId: string,
    @Args('paid', { type: () => Boolean, defaultValue: true }) paid: boolean,
  ) {
    return this.lifecycle.recordFeePaid(viewer, applicationId, paid);
  }
}
