import type { DynamicModule, Type } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AccountsModule } from '@app/auth';
import { CompaniesCoreModule } from '@app/companies';
import { DigestsCoreModule } from '@app/digests';
import { EventAttendanceModule } from '@app/events';

/** The domain modules whose services the operators' commands use. */
export const CLI_DOMAIN_MODULES: (Type | DynamicModule)[] = [
  AuditModule,
  AccountsModule,
  CompaniesCoreModule,
  DigestsCoreModule,
  // Meeting requests made for an event ask the events domain (the EVENT_ATTENDANCE port).
  EventAttendanceModule,
];
