import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AppConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DigestsWorkerModule } from '@app/digests';
import { EventsWorkerModule } from '@app/events';
import { LoggingModule } from '@app/logging';
import { MatchingWorkerModule } from '@app/matching';
import { MeetingSignalsModule, MeetingsWorkerModule } from '@app/meetings';
import { MissionsWorkerModule } from '@app/missions';
import { NotificationsWorkerModule } from '@app/notifications';
import { QueueModule } from '@app/queue';
import { RedisModule } from '@app/redis';

/** The background worker: consumes every queue with the domains' job handlers. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        QueueModule.forWorker(),
        AuditModule,
        MatchingWorkerModule.withSignalsFrom(MeetingSignalsModule),
        NotificationsWorkerModule,
        EventsWorkerModule,
        MeetingsWorkerModule,
        MissionsWorkerModule,
        DigestsWorkerModule,
      ],
    };
  }
}
