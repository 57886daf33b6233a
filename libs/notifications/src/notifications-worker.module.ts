import { Module } from '@nestjs/common';
import { EmailSenderProcessor } from './email/email-sender.processor.js';
import { SentEmailsRepository } from './email/sent-emails.repository.js';

@Module({ providers: [SentEmailsRepository, EmailSenderProcessor] })
export class NotificationsWorkerModule {}
