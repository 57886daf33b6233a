import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { ErasureRepository } from './erasure.repository.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

@Module({ imports: [NotificationsModule], providers: [PrivacyService, PrivacyResolver, ErasureRepository] })
export class PrivacyModule {}
