import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import {
  CurrentViewer,
  Loaders,
  RequestLocale,
  type RequestLoaders,
  type Locale,
  type Viewer,
} from '@app/common';
import { CompanyLoader, type CompanyEntity } from '@app/companies';
import { MeetingType, type MeetingEntity } from '@app/meetings';
import { MissionArrangementType, TradeMissionType } from '../dto/mission.types.js';
import { MissionIdOfMeetingLoader, MissionLoader } from '../mission.loaders.js';
import { MissionArrangementService } from './arrangement.service.js';

@Resolver(() => MissionArrangementType)
export class MissionArrangementResolver {
  constructor(private readonly arrangement: MissionArrangementService) {}

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => MissionArrangementType, {
    description:
      'Staff: pairs selected delegates with selected hosts and schedules them; publish creates the meetings.',
  })
  async arrangeMissionMeetings(
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Loaders() loaders: RequestLoaders,
    @Args('missionId', { type: () => ID }) missionId: string,
    @Args('publish', { nullable: true, defaultValue: false }) publish: boolean,
  ) {
    const view = await this.arrangement.arrange(viewer, missionId, publish);
    const ids = [
      ...new Set([
        ...view.pairings.flatMap((p) => [p.delegateId, p.hostId]),
        ...view.delegatesBelowTarget,
        ...view.unplaced.flatMap((u) => [u.delegate, u.host]),
      ]),
    ];
    const found = await loaders.get(CompanyLoader).loadMany(ids);
    const byId = new Map(
      found.filter((c): c is CompanyEntity => !!c && !(c instanceof Error)).map((c) => [c.id, c]),
    );
    return {
      placed: view.pairings.length,
      meetings: view.meetings,
      pairings: view.pairings.map((p) => ({
        ...p,
        delegate: byId.get(p.delegateId),
        host: byId.get(p.hostId),
      })),
      delegatesBelowTarget: view.delegatesBelowTarget.map((id) => byId.get(id)).filter(Boolean),
      unplacedMustMeets: view.unplaced.length,
      unplacedReasons: view.unplacedReasons(locale, new Map([...byId].map(([id, c]) => [id, c.name]))),
      millis: view.millis,
      totalFit: view.totalFit,
    };
  }
}

/** `Meeting.mission`: the trade mission a meeting was arranged for. */
@Resolver(() => MeetingType)
export class MeetingMissionResolver {
  @ResolveField(() => TradeMissionType, {
    nullable: true,
    description: 'The trade mission it was arranged for.',
  })
  async mission(@Parent() meeting: MeetingEntity, @Loaders() loaders: RequestLoaders) {
    const missionId = await loaders.get(MissionIdOfMeetingLoader).load(meeting.id);
    return missionId ? loaders.get(MissionLoader).load(missionId) : null;
  }
}
