import { Module } from '@nestjs/common';
import { EmailSenderProcessor } from './email/email-sender.processor.js';

@Module({ providers: [EmailSenderProcessor] })
export class NotificationsWorkerModule {}
