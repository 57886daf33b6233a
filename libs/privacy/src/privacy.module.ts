import { Module } from '@nestjs/common';
import { UnitOfWork } from '@app/database';
import { NotificationsModule } from '@app/notifications';
import { ErasureRepository } from './erasure.repository.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [NotificationsModule],
  providers: [UnitOfWork, PrivacyService, PrivacyResolver, ErasureRepository, PersonalDataRepository],
})
export class PrivacyModule {}
