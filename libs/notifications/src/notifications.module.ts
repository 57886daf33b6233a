import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitOfWork } from '@app/database';
import { EmailOutbox } from './email/email-outbox.service.js';
import { SentEmailsRepository } from './email/sent-emails.repository.js';
import { NotificationBus } from './in-app/notification-bus.js';
import { NotificationEntity } from './in-app/notification.entity.js';
import { NotificationsResolver } from './in-app/notifications.resolver.js';
import { NotificationsRepository } from './in-app/notifications.repository.js';
import { NotificationsService } from './in-app/notifications.service.js';
import { NotificationsPersonalDataRepository } from './privacy/notifications-personal-data.repository.js';

/**
 * In-app notifications and emails, without the GraphQL surface (the worker and the command line
 * use it). The worker adds `NotificationsWorkerModule` to send the emails.
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [
    UnitOfWork,
    SentEmailsRepository,
    NotificationsRepository,
    EmailOutbox,
    NotificationBus,
    NotificationsService,
    NotificationsPersonalDataRepository,
  ],
  exports: [EmailOutbox, NotificationBus, NotificationsService],
})
export class NotificationsModule {}

/** The API's notification operations: the list, marking read, and the live subscription. */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationsResolver],
  exports: [NotificationsModule],
})
export class NotificationsApiModule {}
