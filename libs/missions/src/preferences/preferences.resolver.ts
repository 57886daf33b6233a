import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Loaders, type RequestLoaders, type Viewer } from '@app/common';
import { CompanyLoader, type CompanyEntity } from '@app/companies';
import { MissionPreferencesType } from '../dto/mission.types.js';
import { MissionPreferencesService, type CompanyPreferences } from './preferences.service.js';

@Resolver(() => MissionPreferencesType)
export class MissionPreferencesResolver {
  constructor(private readonly preferences: MissionPreferencesService) {}

  @Query(() => MissionPreferencesType, { description: 'The viewer’s company’s preferences for the mission.' })
  async missionPreferences(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('missionId', { type: () => ID }) missionId: string,
  ) {
    return this.companiesOf(loaders, await this.preferences.mine(viewer, missionId));
  }

  @Mutation(() => MissionPreferencesType, {
    description: 'A company admin of a selected company: up to 5 companies to meet, and any to avoid.',
  })
  async setMissionPreferences(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('missionId', { type: () => ID }) missionId: string,
    @Args('mustMeet', { type: () => [ID] }) mustMeet: string[],
    @Args('avoid', { type: () => [ID] }) avoid: string[],
  ) {
    return this.companiesOf(loaders, await this.preferences.set(viewer, missionId, mustMeet, avoid));
  }

  private async companiesOf(loaders: RequestLoaders, preferences: CompanyPreferences) {
    const loader = loaders.get(CompanyLoader);
    const load = async (ids: string[]) =>
      (await loader.loadMany(ids)).filter((c): c is CompanyEntity => !!c && !(c instanceof Error));
    return {
      mustMeet: await load(preferences.mustMeet),
      avoid: await load(preferences.avoid),
      choices: await load(preferences.choices),
    };
  }
}
