import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { UnitOfWork } from '@app/database';
import { NotificationsModule } from '@app/notifications';
import { PersonalDataContributors } from './personal-data-contributors.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

/** Privacy's services without the GraphQL surface: export and erasure, from every domain's contributor. */
@Module({
  imports: [DiscoveryModule, NotificationsModule],
  providers: [UnitOfWork, PersonalDataContributors, PrivacyService],
  exports: [PrivacyService],
})
export class PrivacyCoreModule {}

@Module({ imports: [PrivacyCoreModule], providers: [PrivacyResolver] })
export class PrivacyModule {}
