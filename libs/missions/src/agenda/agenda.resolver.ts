import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Loaders, type RequestLoaders, type Viewer } from '@app/common';
import { CompanyLoader, CompanyType } from '@app/companies';
import { MeetingType } from '@app/meetings';
import { TradeMissionType } from '../dto/mission.types.js';
import { MissionAgendaService } from './agenda.service.js';

@ObjectType('MissionAgenda')
export class MissionAgendaType {
  @Field(() => TradeMissionType) mission: TradeMissionType;
  @Field(() => CompanyType) company: CompanyType;
  @Field(() => [MeetingType], {
    description: 'By start; each with both companies and its calendar file (icsUrl).',
  })
  meetings: MeetingType[];
  @Field(() => String, {
    nullable: true,
    description: 'One calendar subscription for the whole mission (the viewer’s secret link); stable UIDs.',
  })
  calendarUrl: string | null;
}

@Resolver(() => MissionAgendaType)
export class MissionAgendaResolver {
  constructor(private readonly agenda: MissionAgendaService) {}

  @Query(() => MissionAgendaType, {
    description: 'The viewer’s company’s agenda; staff of the mission may name any company.',
  })
  async missionAgenda(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('missionId', { type: () => ID }) missionId: string,
    @Args('companyId', { type: () => ID, nullable: true }) companyId?: string | null,
  ) {
    const agenda = await this.agenda.agenda(viewer, missionId, companyId);
    return { ...agenda, company: await loaders.get(CompanyLoader).load(agenda.companyId) };
  }
}
