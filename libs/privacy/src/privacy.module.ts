import { Module } from '@nestjs/common';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

@Module({ providers: [PrivacyService, PrivacyResolver] })
export class PrivacyModule {}
