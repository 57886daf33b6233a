import { Module } from '@nestjs/common';
import { EmailOutbox } from './email/email-outbox.service.js';

/** In-app notifications and emails. The worker adds `NotificationsWorkerModule` to send them. */
@Module({
  providers: [EmailOutbox],
  exports: [EmailOutbox],
})
export class NotificationsModule {}
