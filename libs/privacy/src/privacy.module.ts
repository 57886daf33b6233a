import { Module } from '@nestjs/common';
import { ErasureRepository } from './erasure.repository.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

@Module({ providers: [PrivacyService, PrivacyResolver, ErasureRepository] })
export class PrivacyModule {}
