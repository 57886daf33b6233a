import { Global, Module } from '@nestjs/common';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditLog } from './audit-log.service.js';

@Global()
@Module({ providers: [AuditLogRepository, AuditLog], exports: [AuditLog] })
export class AuditModule {}
