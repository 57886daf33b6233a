import { Global, Module } from '@nestjs/common';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditLog } from './audit-log.service.js';
import { AuditPersonalDataRepository } from './audit-personal-data.repository.js';

@Global()
@Module({ providers: [AuditLogRepository, AuditLog, AuditPersonalDataRepository], exports: [AuditLog] })
export class AuditModule {}
