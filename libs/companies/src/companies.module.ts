import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/auth';
import { UnitOfWork } from '@app/database';
import { NotificationsModule } from '@app/notifications';
import { CompaniesResolver } from './companies.resolver.js';
import { CompanyLoader, ConnectedCompaniesLoader, MembershipsLoader } from './company.loaders.js';
import { CompaniesRepository } from './companies.repository.js';
import { CompaniesService } from './companies.service.js';
import { CompanyEntity } from './company.entity.js';
import { CompanyFactsRepository } from './directory/company-facts.repository.js';
import { CompanyDirectory } from './directory/company-directory.js';
import { MatchProfilesRepository } from './directory/match-profiles.repository.js';
import { DemoSeeder } from './demo/demo-seeder.service.js';
import { CompanyImportService } from './import/company-import.service.js';
import { CompanyImportResolver } from './import/import.resolver.js';
import { MembershipEntity } from './membership.entity.js';
import { CompanyMembersResolver, MembersResolver } from './members/members.resolver.js';
import { MembersService } from './members/members.service.js';
import { CompaniesPersonalDataRepository } from './privacy/companies-personal-data.repository.js';

/** Company services without the GraphQL surface: for the worker and the command line. */
@Module({
  imports: [TypeOrmModule.forFeature([CompanyEntity, MembershipEntity]), AccountsModule, NotificationsModule],
  providers: [
    CompaniesRepository,
    CompaniesPersonalDataRepository,
    CompanyFactsRepository,
    MatchProfilesRepository,
    UnitOfWork,
    CompaniesService,
    MembersService,
    CompanyImportService,
    DemoSeeder,
    CompanyDirectory,
  ],
  exports: [
    CompaniesRepository,
    CompanyFactsRepository,
    MatchProfilesRepository,
    CompaniesService,
    MembersService,
    CompanyImportService,
    DemoSeeder,
    CompanyDirectory,
    TypeOrmModule,
    AccountsModule,
  ],
})
export class CompaniesCoreModule {}

@Module({
  imports: [CompaniesCoreModule],
  providers: [
    CompaniesResolver,
    MembersResolver,
    CompanyMembersResolver,
    CompanyImportResolver,
    CompanyLoader,
    MembershipsLoader,
    ConnectedCompaniesLoader,
  ],
  exports: [CompaniesCoreModule],
})
export class CompaniesModule {}
