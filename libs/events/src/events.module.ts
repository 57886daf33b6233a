import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { UnitOfWork } from '@app/database';
import { CompaniesCoreModule } from '@app/companies';
import { MatchingCoreModule } from '@app/matching';
import { MeetingsCoreModule } from '@app/meetings';
import { NotificationsModule } from '@app/notifications';
import { EventAttendanceModule } from './attendance/event-attendance.repository.js';
import { CurationResolver } from './curation/curation.resolver.js';
import { EventCurationRepository } from './curation/event-curation.repository.js';
import { EventCurationService } from './curation/event-curation.service.js';
import { EventPeople } from './event-people.js';
import { EventEntity } from './event.entity.js';
import { EventsResolver } from './events.resolver.js';
import { ExportsController } from './exports/exports.controller.js';
import { ScheduleExportService } from './exports/schedule-export.service.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';
import { MeetingEventResolver, MeetingRequestEventResolver } from './meeting-event.resolver.js';
import { PricingService } from './pricing/pricing.service.js';
import { EventsPersonalDataRepository } from './privacy/events-personal-data.repository.js';
import { DemandService } from './reports/demand.service.js';
import { PartnershipReportService } from './reports/partnership-report.service.js';
import { ReportsRepository } from './reports/reports.repository.js';
import { ReportsResolver } from './reports/reports.resolver.js';
import { RegistrationEntity } from './registrations/registration.entity.js';
import { AttendeesRepository } from './registrations/attendees.repository.js';
import { AttendeesResolver } from './registrations/attendees.resolver.js';
import { RegistrationsRepository } from './registrations/registrations.repository.js';
import { RegistrationsResolver } from './registrations/registrations.resolver.js';
import { RegistrationsService } from './registrations/registrations.service.js';
import { Waitlist } from './registrations/waitlist.js';
import { ScheduleDataLoader } from './scheduling/schedule-data.js';
import { ScheduleProcessor } from './scheduling/schedule.processor.js';
import { ScheduleResolver } from './scheduling/schedule.resolver.js';
import { ScheduleRunner } from './scheduling/schedule-runner.js';
import { ScheduleRunsRepository } from './scheduling/schedule-runs.repository.js';
import { ScheduleService } from './scheduling/schedule.service.js';
import { EventWishesRepository } from './wishes/event-wishes.repository.js';
import { EventWishesResolver, EventWishPartnerResolver } from './wishes/event-wishes.resolver.js';
import { EventWishesService } from './wishes/event-wishes.service.js';
import {
  EventLoader,
  EventPriceForViewerLoader,
  ViewerRegistrationLoader,
  WaitlistCountLoader,
  WaitlistPositionLoader,
} from './event.loaders.js';

const SERVICES = [
  UnitOfWork,
  EventsRepository,
  RegistrationsRepository,
  EventPeople,
  ScheduleRunsRepository,
  EventCurationRepository,
  ReportsRepository,
  EventsService,
  PricingService,
  Waitlist,
  RegistrationsService,
  ScheduleService,
  ScheduleDataLoader,
  ScheduleRunner,
  ScheduleExportService,
  DemandService,
  PartnershipReportService,
  EventCurationService,
  EventWishesRepository,
  EventWishesService,
  AttendeesRepository,
  EventsPersonalDataRepository,
];

/** Events, registrations and scheduling services without the GraphQL surface: for the worker and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EventEntity, RegistrationEntity]),
    EventAttendanceModule,
    CompaniesCoreModule,
    MeetingsCoreModule,
    MatchingCoreModule,
    NotificationsModule,
    AuditModule,
  ],
  providers: SERVICES,
  exports: [...SERVICES, TypeOrmModule, CompaniesCoreModule, MeetingsCoreModule],
})
export class EventsCoreModule {}

@Module({
  imports: [EventsCoreModule],
  controllers: [ExportsController],
  providers: [
    EventsResolver,
    ReportsResolver,
    CurationResolver,
    RegistrationsResolver,
    AttendeesResolver,
    ScheduleResolver,
    EventWishesResolver,
    EventWishPartnerResolver,
    MeetingRequestEventResolver,
    MeetingEventResolver,
    EventLoader,
    EventPriceForViewerLoader,
    ViewerRegistrationLoader,
    WaitlistCountLoader,
    WaitlistPositionLoader,
  ],
  exports: [EventsCoreModule],
})
export class EventsModule {}

/** The worker's jobs: runs of the partnering-meeting scheduler. */
@Module({ imports: [EventsCoreModule], providers: [ScheduleProcessor] })
export class EventsWorkerModule {}
