import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/auth';
import { UnitOfWork } from '@app/database';
import { MatchingCoreModule } from '@app/matching';
import { MeetingsCoreModule } from '@app/meetings';
import { DigestRunner, DigestSchedule } from './digest.jobs.js';
import { DigestRepository } from './digest.repository.js';
import { DigestService } from './digest.service.js';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller.js';
import { UnsubscribeLinks } from './unsubscribe/unsubscribe-links.js';

const SERVICES = [UnitOfWork, DigestRepository, DigestService, DigestRunner, UnsubscribeLinks];

/** The digest services, for the worker and the command line (`send-digests --now`). */
@Module({
  imports: [AccountsModule, MatchingCoreModule, MeetingsCoreModule],
  providers: SERVICES,
  exports: [...SERVICES, AccountsModule],
})
export class DigestsCoreModule {}

/** The API surface: the one-click unsubscribe link. */
@Module({ imports: [DigestsCoreModule], controllers: [UnsubscribeController] })
export class DigestsModule {}

/** The worker: the hourly tick's schedule (its handlers are DigestRunner's). */
@Module({ imports: [DigestsCoreModule], providers: [DigestSchedule] })
export class DigestsWorkerModule {}
