import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/auth';
import { CompaniesCoreModule } from '@app/companies';
import { MatchingCoreModule } from '@app/matching';
import { UnitOfWork } from '@app/database';
import { NotificationsModule } from '@app/notifications';
import { AvailabilityRepository } from './availability/availability.repository.js';
import { AvailabilityResolver } from './availability/availability.resolver.js';
import { AvailabilityService } from './availability/availability.service.js';
import { CalendarFeedResolver } from './calendar/calendar-feed.resolver.js';
import { CalendarLinks } from './calendar/calendar-links.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { CalendarRepository } from './calendar/calendar.repository.js';
import { CalendarService } from './calendar/calendar.service.js';
import { Clock } from './clock.js';
import {
  AvailabilitySettingsEntity,
  DatedAvailabilityEntity,
  WeeklyAvailabilityEntity,
} from './entities/availability.entity.js';
import { ConnectionEntity } from './entities/connection.entity.js';
import { EventMeetingsRepository } from './for-events/event-meetings.repository.js';
import { MeetingEntity } from './entities/meeting.entity.js';
import { MeetingOutcomeEntity } from './entities/meeting-outcome.entity.js';
import { MeetingParticipantEntity } from './entities/meeting-participant.entity.js';
import { MeetingRequestEntity } from './entities/meeting-request.entity.js';
import { MeetingJobSchedules } from './jobs/meeting-job-schedules.js';
import { MeetingRemindersJob } from './jobs/meeting-reminders.job.js';
import { RequestExpiryJob } from './jobs/request-expiry.job.js';
import { BusyTimes } from './meetings/busy-times.js';
import { MeetingWriter } from './meetings/meeting-writer.js';
import { MeetingOutcomeResolver, MeetingsResolver } from './meetings/meetings.resolver.js';
import { MeetingsRepository } from './meetings/meetings.repository.js';
import { MeetingsService } from './meetings/meetings.service.js';
import { MeetingAftermath } from './notify/meeting-aftermath.js';
import { MeetingNotifier } from './notify/meeting-notifier.js';
import { MeetingPeople } from './people/meeting-people.js';
import { SeatNames } from './people/seat-names.js';
import { MeetingsPersonalDataRepository } from './privacy/meetings-personal-data.repository.js';
import { CompanyRelationResolver, MeetingsWithMeLoader } from './relations/company-relation.resolver.js';
import { CompanyConnectionsModule } from './relations/company-connections.repository.js';
import { CompanyRelationsRepository } from './relations/company-relations.repository.js';
import { BulkDeclineService } from './requests/bulk-decline.service.js';
import { MeetingRequestRepository } from './requests/meeting-request.repository.js';
import { MeetingRequestsResolver } from './requests/meeting-requests.resolver.js';
import { MeetingRequestsService } from './requests/meeting-requests.service.js';
import { MeetingResponsesService } from './requests/meeting-responses.service.js';
import { RequestDecliner } from './requests/request-decliner.js';
import { RequestFitsService } from './requests/request-fits.service.js';
import { MeetingReschedulesRepository } from './reschedules/meeting-reschedules.repository.js';
import {
  MeetingPendingRescheduleResolver,
  MeetingReschedulesResolver,
  PendingRescheduleLoader,
} from './reschedules/meeting-reschedules.resolver.js';
import { MeetingReschedulesService } from './reschedules/meeting-reschedules.service.js';
import {
  CalendarTokenLoader,
  MeetingOfRequestLoader,
  MeetingRequestLoader,
  MeetingSeatsLoader,
  OwnOutcomeLoader,
  RequestFitLoader,
} from './meeting.loaders.js';

const SERVICES = [
  Clock,
  UnitOfWork,
  AvailabilityRepository,
  CalendarRepository,
  MeetingsRepository,
  MeetingPeople,
  SeatNames,
  EventMeetingsRepository,
  AvailabilityService,
  CalendarLinks,
  CalendarService,
  MeetingNotifier,
  MeetingAftermath,
  MeetingWriter,
  BusyTimes,
  MeetingRequestRepository,
  MeetingRequestsService,
  RequestDecliner,
  MeetingResponsesService,
  RequestFitsService,
  BulkDeclineService,
  MeetingsService,
  MeetingReschedulesRepository,
  MeetingReschedulesService,
  CompanyRelationsRepository,
  MeetingsPersonalDataRepository,
];

/**
 * Meeting services without the GraphQL surface: for the worker, the command line and other
 * domains. Requests made for an event ask EVENT_ATTENDANCE, which the events domain binds; this
 * module binds companies' COMPANY_CONNECTIONS (CompanyConnectionsModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MeetingRequestEntity,
      MeetingEntity,
      MeetingParticipantEntity,
      MeetingOutcomeEntity,
      ConnectionEntity,
      AvailabilitySettingsEntity,
      WeeklyAvailabilityEntity,
      DatedAvailabilityEntity,
    ]),
    AccountsModule,
    CompaniesCoreModule,
    CompanyConnectionsModule,
    MatchingCoreModule,
    NotificationsModule,
  ],
  providers: SERVICES,
  exports: [...SERVICES, TypeOrmModule, AccountsModule, CompaniesCoreModule, NotificationsModule],
})
export class MeetingsCoreModule {}

/** The API surface: GraphQL operations and the calendar links. */
@Module({
  imports: [MeetingsCoreModule],
  controllers: [CalendarController],
  providers: [
    MeetingRequestsResolver,
    MeetingsResolver,
    CompanyRelationResolver,
    MeetingsWithMeLoader,
    MeetingOutcomeResolver,
    AvailabilityResolver,
    CalendarFeedResolver,
    MeetingRequestLoader,
    MeetingOfRequestLoader,
    MeetingSeatsLoader,
    OwnOutcomeLoader,
    RequestFitLoader,
    CalendarTokenLoader,
    MeetingReschedulesResolver,
    MeetingPendingRescheduleResolver,
    PendingRescheduleLoader,
  ],
  exports: [MeetingsCoreModule],
})
export class MeetingsModule {}

/** The worker's sweeps: request expiry and meeting reminders, on repeatable schedules. */
@Module({
  imports: [MeetingsCoreModule],
  providers: [RequestExpiryJob, MeetingRemindersJob, MeetingJobSchedules],
})
export class MeetingsWorkerModule {}
