import type { DynamicModule, Type } from '@nestjs/common';
import { AccountsModule } from '@app/auth';
import { CompaniesCoreModule } from '@app/companies';

/** The domain modules whose services the operators' commands use. */
export const CLI_DOMAIN_MODULES: (Type | DynamicModule)[] = [AccountsModule, CompaniesCoreModule];
