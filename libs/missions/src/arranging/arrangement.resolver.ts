import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import {
  alignByKey,
  CurrentViewer,
  requestLoader,
  RequestLocale,
  type GraphqlContext,
  type Locale,
  type Viewer,
} from '@app/common';
import { CompaniesService, companyLoader, type CompanyEntity } from '@app/companies';
import { MeetingType, type MeetingEntity } from '@app/meetings';
import { MissionArrangementType, TradeMissionType } from '../dto/mission.types.js';
import type { TradeMissionEntity } from '../mission.entity.js';
import { TradeMissionRepository } from '../missions.repository.js';
import { MissionArrangementService } from './arrangement.service.js';
import { MissionMeetingRepository } from './mission-meetings.repository.js';

@Resolver(() => MissionArrangementType)
export class MissionArrangementResolver {
  constructor(
    private readonly arrangement: MissionArrangementService,
    private readonly companies: CompaniesService,
  ) {}

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => MissionArrangementType, {
    description:
      'Staff: pairs selected delegates with selected hosts and schedules them; publish creates the meetings.',
  })
  async arrangeMissionMeetings(
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Context() context: GraphqlContext,
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
    const found = await companyLoader(context, this.companies).loadMany(ids);
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
  constructor(
    private readonly links: MissionMeetingRepository,
    private readonly missions: TradeMissionRepository,
  ) {}

  @ResolveField(() => TradeMissionType, {
    nullable: true,
    description: 'The trade mission it was arranged for.',
  })
  async mission(@Parent() meeting: MeetingEntity, @Context() context: GraphqlContext) {
    const missionId = await requestLoader<string, string>(context.req, 'meeting.missionId', async (ids) => {
      const links = await this.links.missionsOf(ids);
      return ids.map((id) => links.get(id) ?? null);
    }).load(meeting.id);
    if (!missionId) return null;
    return requestLoader<string, TradeMissionEntity>(context.req, 'mission.byId', async (ids) =>
      alignByKey(ids, await this.missions.findByIds(ids), (m) => m.id),
    ).load(missionId);
  }
}
