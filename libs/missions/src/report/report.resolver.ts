import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/auth';
import { CurrentViewer, Loaders, type RequestLoaders, type Viewer } from '@app/common';
import { CompanyLoader, CompanyType } from '@app/companies';
import { PartnershipStageEnum, type PartnershipStage } from '@app/meetings';
import { TradeMissionType } from '../dto/mission.types.js';
import { MissionReportService } from './report.service.js';

@ObjectType()
export class StageCount {
  @Field(() => PartnershipStageEnum) stage: PartnershipStage;
  @Field(() => Int) meetings: number;
}

@ObjectType({ description: 'One delegate company, as its own funding file asks.' })
export class MissionDelegateLine {
  @Field(() => CompanyType) company: CompanyType;
  @Field(() => Int, {
    nullable: true,
    description: 'The delegate fee with taxes, at its tier when selected.',
  })
  feeCents: number | null;
  @Field(() => Date, { nullable: true, description: 'When staff recorded the fee as paid.' })
  feePaidAt: Date | null;
  @Field(() => Int) meetingsHeld: number;
  @Field(() => [PartnershipStageEnum], { description: 'Stages it recorded for its meetings.' })
  stages: PartnershipStage[];
}

@ObjectType('MissionReport')
export class MissionReportType {
  @Field(() => TradeMissionType) mission: TradeMissionType;
  @Field(() => Int, { description: 'Selected delegate companies.' }) delegates: number;
  @Field(() => Int, { description: 'Selected host companies.' }) hosts: number;
  @Field(() => Int, { description: 'Published, not cancelled.' }) meetingsArranged: number;
  @Field(() => Int, { description: 'Over, and not recorded as a no-show.' }) meetingsHeld: number;
  @Field(() => Int) noShows: number;
  @Field(() => Int) followUpsPlanned: number;
  @Field(() => Int) partnershipsDiscussed: number;
  @Field(() => [StageCount], { description: 'Latest stage recorded per meeting, every stage listed.' })
  stages: StageCount[];
  @Field(() => [MissionDelegateLine]) delegateLines: MissionDelegateLine[];
}

@Resolver(() => MissionReportType)
export class MissionReportResolver {
  constructor(private readonly reports: MissionReportService) {}

  @Roles('STAFF', 'ADMIN')
  @Query(() => MissionReportType, { description: 'Staff of the mission; also as CSV for funders.' })
  async missionReport(
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
    @Args('missionId', { type: () => ID }) missionId: string,
  ) {
    const report = await this.reports.build(viewer, missionId);
    const loader = loaders.get(CompanyLoader);
    const delegateLines = await Promise.all(
      report.delegateLines.map(async (line) => ({ ...line, company: await loader.load(line.companyId) })),
    );
    return { ...report, delegateLines };
  }
}
