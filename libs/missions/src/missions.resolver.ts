import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import {
  CurrentViewer,
  Loaders,
  RequestLocale,
  type RequestLoaders,
  type Locale,
  type Viewer,
} from '@app/common';
import { CompanyLoader, Label } from '@app/companies';
import { PriceType, priceOfQuote } from '@app/events';
import { labelOf } from '@app/taxonomy';
import { TradeMissionInput } from './dto/mission.inputs.js';
import { MissionApplicationType, TradeMissionStatusEnum, TradeMissionType } from './dto/mission.types.js';
import type { TradeMissionEntity, TradeMissionStatus } from './mission.entity.js';
import { MissionsService } from './missions.service.js';
import {
  ApplicationsCountLoader,
  MissionFeeForViewerLoader,
  ViewerApplicationLoader,
} from './mission.loaders.js';

@Resolver(() => TradeMissionType)
export class TradeMissionResolver {
  constructor(private readonly missions: MissionsService) {}

  @Query(() => [TradeMissionType], { description: 'Members see OPEN and later missions; staff see all.' })
  tradeMissions(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => TradeMissionStatusEnum, nullable: true }) status?: TradeMissionStatus,
  ) {
    return this.missions.list(viewer, status);
  }

  @Query(() => TradeMissionType, { nullable: true })
  tradeMission(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.missions.findVisible(viewer, id);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => TradeMissionType, { description: 'Staff: creates a mission, as a DRAFT.' })
  createTradeMission(@CurrentViewer() viewer: Viewer, @Args('input') input: TradeMissionInput) {
    return this.missions.create(viewer, input);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => TradeMissionType, { description: 'Staff: changes a draft or open mission.' })
  updateTradeMission(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: TradeMissionInput,
  ) {
    return this.missions.update(viewer, id, input);
  }

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => TradeMissionType, {
    description: 'Staff: DRAFT → OPEN; members of the travelling province are told.',
  })
  openTradeMission(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.missions.open(viewer, id);
  }

  @ResolveField(() => String, { description: 'In the request’s language.' })
  title(@Parent() m: TradeMissionEntity, @RequestLocale() locale: Locale) {
    return locale === 'fr' ? m.titleFr : m.titleEn;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'In the request’s language when given, else the other.',
  })
  description(@Parent() m: TradeMissionEntity, @RequestLocale() locale: Locale) {
    return (
      (locale === 'fr' ? (m.descriptionFr ?? m.descriptionEn) : (m.descriptionEn ?? m.descriptionFr)) ?? null
    );
  }

  @ResolveField(() => [Label], { description: 'The mission’s focus; empty: any sector.' })
  sectors(@Parent() m: TradeMissionEntity, @RequestLocale() locale: Locale): Label[] {
    return m.sectors.map((code) => ({ code, label: labelOf('sectors', code, locale) }));
  }

  @ResolveField(() => PriceType, {
    nullable: true,
    description:
      'What the viewer’s company would pay today to join as a delegate, with taxes (hosts pay nothing).',
  })
  async feeForMe(
    @Parent() m: TradeMissionEntity,
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!viewer.companyId) return null;
    const [quote, company] = await Promise.all([
      loaders.get(MissionFeeForViewerLoader).load(m),
      loaders.get(CompanyLoader).load(viewer.companyId),
    ]);
    return quote && company?.province !== m.hostProvince ? priceOfQuote(quote, locale) : null;
  }

  @ResolveField(() => MissionApplicationType, {
    nullable: true,
    description: 'The viewer’s company’s application.',
  })
  myApplication(
    @Parent() m: TradeMissionEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    return loaders.get(ViewerApplicationLoader).load(m);
  }

  @ResolveField(() => Int, { description: 'Applications not withdrawn.' })
  async applicationsCount(@Parent() m: TradeMissionEntity, @Loaders() loaders: RequestLoaders) {
    return (await loaders.get(ApplicationsCountLoader).load(m.id)) ?? 0;
  }
}
