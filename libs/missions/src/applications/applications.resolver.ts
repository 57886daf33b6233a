import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import {
  CurrentViewer,
  Loaders,
  RequestLocale,
  type RequestLoaders,
  type Locale,
  type Viewer,
} from '@app/common';
import { CompanyLoader, CompanyType } from '@app/companies';
import { renderReason } from '@app/match-scoring';
import type {
  MissionApplicationEntity,
  MissionApplicationStatus,
  MissionRole,
} from '../application.entity.js';
import {
  MissionApplicationStatusEnum,
  MissionApplicationType,
  MissionMatch,
  MissionRoleEnum,
  TradeMissionType,
} from '../dto/mission.types.js';
import { TradeMissionRepository } from '../missions.repository.js';
import { MarketFitLoader } from '../mission.loaders.js';
import type { MarketFitOf } from '../selection/mission-fit.js';
import { MissionApplicationsService } from './applications.service.js';

type Application = MissionApplicationEntity & Partial<MarketFitOf>;

@Resolver(() => MissionApplicationType)
export class MissionApplicationResolver {
  constructor(
    private readonly applications: MissionApplicationsService,
    private readonly missions: TradeMissionRepository,
  ) {}

  @Roles('STAFF', 'ADMIN')
  @Query(() => [MissionApplicationType], { description: 'Staff of the mission: best marketFit first.' })
  missionApplications(
    @CurrentViewer() viewer: Viewer,
    @Args('missionId', { type: () => ID }) missionId: string,
    @Args('role', { type: () => MissionRoleEnum, nullable: true }) role?: MissionRole,
    @Args('status', { type: () => MissionApplicationStatusEnum, nullable: true })
    status?: MissionApplicationStatus,
  ) {
    return this.applications.ranked(viewer, missionId, { role, status });
  }

  @Mutation(() => MissionApplicationType, { description: 'A company admin applies for their company.' })
  applyToTradeMission(
    @CurrentViewer() viewer: Viewer,
    @Args('missionId', { type: () => ID }) missionId: string,
    @Args('role', { type: () => MissionRoleEnum }) role: MissionRole,
    @Args('objectives') objectives: string,
  ) {
    return this.applications.apply(viewer, missionId, role, objectives);
  }

  @Mutation(() => MissionApplicationType, { description: 'The company withdraws, until staff decide.' })
  withdrawMissionApplication(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.applications.withdraw(viewer, id);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => MissionApplicationType, {
    description: 'Staff: SELECTED, WAITLISTED or DECLINED; the company is told.',
  })
  decideMissionApplication(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => MissionApplicationStatusEnum }) status: MissionApplicationStatus,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.applications.decide(viewer, id, status, note);
  }

  @ResolveField(() => TradeMissionType)
  mission(@Parent() a: Application) {
    return this.missions.findById(a.missionId);
  }

  @ResolveField(() => CompanyType)
  company(@Parent() a: Application, @Loaders() loaders: RequestLoaders) {
    return loaders.get(CompanyLoader).load(a.companyId);
  }

  @ResolveField(() => Float, {
    description: '0..1: how strong the company’s best matches on the other side of the mission are.',
  })
  async marketFit(@Parent() a: Application, @Loaders() loaders: RequestLoaders) {
    return (await this.fitOf(a, loaders)).marketFit;
  }

  @ResolveField(() => Int, { description: 'Companies on the other side among its strong matches.' })
  async strongMatches(@Parent() a: Application, @Loaders() loaders: RequestLoaders) {
    return (await this.fitOf(a, loaders)).strongMatches;
  }

  @ResolveField(() => [MissionMatch], {
    description: 'Its best matches on the other side, with the reasons.',
  })
  async bestMatches(
    @Parent() a: Application,
    @Loaders() loaders: RequestLoaders,
    @RequestLocale() locale: Locale,
  ) {
    const { best } = await this.fitOf(a, loaders);
    const companies = await loaders.get(CompanyLoader).loadMany(best.map((b) => b.companyId));
    return best.map((b, i) => ({
      company: companies[i],
      score: b.score,
      reasons: b.reasons.map((r) => renderReason(r, locale)),
    }));
  }

  private async fitOf(a: Application, loaders: RequestLoaders): Promise<MarketFitOf> {
    if (a.marketFit !== undefined && a.strongMatches !== undefined && a.best) return a as MarketFitOf;
    return (await loaders.get(MarketFitLoader).load(a)) ?? { marketFit: 0, strongMatches: 0, best: [] };
  }
}
