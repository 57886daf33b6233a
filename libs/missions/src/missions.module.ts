import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CompaniesCoreModule } from '@app/companies';
import { UnitOfWork } from '@app/database';
import { EventsCoreModule } from '@app/events';
import { MeetingsCoreModule } from '@app/meetings';
import { NotificationsModule } from '@app/notifications';
import { MissionCalendarController } from './agenda/agenda.controller.js';
import { MissionAgendaResolver } from './agenda/agenda.resolver.js';
import { MissionAgendaService } from './agenda/agenda.service.js';
import { MissionApplicationEntity } from './application.entity.js';
import { MissionApplicationRepository } from './applications/applications.repository.js';
import { MissionApplicationResolver } from './applications/applications.resolver.js';
import { MissionApplicationsService } from './applications/applications.service.js';
import { MeetingMissionResolver, MissionArrangementResolver } from './arranging/arrangement.resolver.js';
import { MissionArrangementService } from './arranging/arrangement.service.js';
import { MissionMeetingRepository } from './arranging/mission-meetings.repository.js';
import { PublishedMeetings } from './arranging/published-meetings.js';
import { TradeMissionEntity } from './mission.entity.js';
import { TradeMissionRepository } from './missions.repository.js';
import { MissionLifecycleResolver } from './lifecycle/lifecycle.resolver.js';
import { MissionLifecycleService } from './lifecycle/lifecycle.service.js';
import { TradeMissionResolver } from './missions.resolver.js';
import { MissionsService } from './missions.service.js';
import { MissionPreferenceRepository } from './preferences/preferences.repository.js';
import { MissionPreferencesResolver } from './preferences/preferences.resolver.js';
import { MissionPreferencesService } from './preferences/preferences.service.js';
import { MissionFollowUpController } from './follow-up/follow-up.controller.js';
import { MissionFollowUpJob } from './follow-up/follow-up.job.js';
import { MissionFollowUpRepository } from './follow-up/follow-up.repository.js';
import { MissionFollowUpService } from './follow-up/follow-up.service.js';
import { MissionReportController } from './report/report.controller.js';
import { MissionReportResolver } from './report/report.resolver.js';
import { MissionReportService } from './report/report.service.js';
import { MissionFit } from './selection/mission-fit.js';
import { SelectionExportController } from './selection/selection-export.controller.js';
import {
  ApplicationsCountLoader,
  MarketFitLoader,
  MissionFeeForViewerLoader,
  MissionIdOfMeetingLoader,
  MissionLoader,
  ViewerApplicationLoader,
} from './mission.loaders.js';

const SERVICES = [
  TradeMissionRepository,
  MissionApplicationRepository,
  MissionsService,
  MissionApplicationsService,
  MissionFit,
  MissionPreferenceRepository,
  MissionPreferencesService,
  MissionMeetingRepository,
  PublishedMeetings,
  MissionArrangementService,
  MissionAgendaService,
  MissionReportService,
  MissionLifecycleService,
  MissionFollowUpRepository,
  MissionFollowUpService,
];

/** Trade-mission services without the GraphQL surface: for the worker and the command line. */
@Module({
  imports: [
    TypeOrmModule.forFeature([TradeMissionEntity, MissionApplicationEntity]),
    CompaniesCoreModule,
    EventsCoreModule,
    MeetingsCoreModule,
    NotificationsModule,
    AuditModule,
  ],
  providers: [...SERVICES, UnitOfWork],
  exports: [...SERVICES],
})
export class MissionsCoreModule {}

@Module({
  imports: [MissionsCoreModule, CompaniesCoreModule, EventsCoreModule],
  controllers: [
    SelectionExportController,
    MissionCalendarController,
    MissionReportController,
    MissionFollowUpController,
  ],
  providers: [
    TradeMissionResolver,
    MissionApplicationResolver,
    MissionPreferencesResolver,
    MissionArrangementResolver,
    MeetingMissionResolver,
    MissionAgendaResolver,
    MissionReportResolver,
    MissionLoader,
    MissionIdOfMeetingLoader,
    MissionFeeForViewerLoader,
    ViewerApplicationLoader,
    ApplicationsCountLoader,
    MarketFitLoader,
    MissionLifecycleResolver,
  ],
})
export class MissionsModule {}

/** The worker's jobs: the follow-up about six months after each mission. */
@Module({ imports: [MissionsCoreModule], providers: [MissionFollowUpJob] })
export class MissionsWorkerModule {}
