import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from '@app/audit';
import { AuthModule, ViewerService } from '@app/auth';
import { ErrorFilter, LoaderRegistry, LoadersModule } from '@app/common';
import { CompaniesModule } from '@app/companies';
import { APP_CONFIG, AppConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DigestsModule } from '@app/digests';
import { EventsModule } from '@app/events';
import { LoggingModule } from '@app/logging';
import { MatchingModule } from '@app/matching';
import { MissionsModule } from '@app/missions';
import { PrivacyModule } from '@app/privacy';
import { MeetingsModule } from '@app/meetings';
import { NotificationBus, NotificationsApiModule, NotificationsModule } from '@app/notifications';
import { QueueModule } from '@app/queue';
import { QueueDashboardModule } from '@app/queue-dashboard';
import { RateLimitModule } from '@app/rate-limit';
import { REDIS, RedisModule } from '@app/redis';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthModule } from './health/health.module.js';
import { KeptAnswersModule } from './graphql/kept-answers/kept-answers.module.js';

/** The GraphQL API: every domain module, behind one error filter. */
@Module({})
export class ApiModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        QueueModule.forProducer(),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, NotificationsModule, LoadersModule],
          inject: [APP_CONFIG, ViewerService, NotificationBus, LoaderRegistry, REDIS],
          useFactory: graphqlOptions,
        }),
        HealthModule,
        AuditModule,
        AuthModule,
        CompaniesModule,
        EventsModule,
        MatchingModule,
        PrivacyModule,
        MeetingsModule,
        MissionsModule,
        DigestsModule,
        NotificationsApiModule,
        RateLimitModule,
        QueueDashboardModule,
        KeptAnswersModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
    };
  }
}
