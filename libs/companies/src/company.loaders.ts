import { Inject, Injectable } from '@nestjs/common';
import { alignByKey, groupByKey, type BatchLoader } from '@app/common';
import { CompaniesRepository } from './companies.repository.js';
import { CompaniesService } from './companies.service.js';
import type { CompanyEntity } from './company.entity.js';
import type { MembershipEntity } from './membership.entity.js';
import { COMPANY_CONNECTIONS, type CompanyConnections } from './ports/company-connections.port.js';

/** Companies by id, for every domain that shows a company (a feed, a meeting, a registration). */
@Injectable()
export class CompanyLoader implements BatchLoader<string, CompanyEntity> {
  constructor(private readonly companies: CompaniesService) {}

  async load(ids: readonly string[]) {
    return alignByKey(ids, await this.companies.findByIds(ids), (c) => c.id);
  }
}

/** The association memberships of each company. */
@Injectable()
export class MembershipsLoader implements BatchLoader<string, MembershipEntity[]> {
  constructor(private readonly companies: CompaniesRepository) {}

  async load(companyIds: readonly string[]) {
    const rows = await this.companies.membershipsOf(companyIds);
    return groupByKey(companyIds, rows, (m) => m.companyId);
  }
}

/** The companies each company is connected with by a meeting (for contact details), from meetings. */
@Injectable()
export class ConnectedCompaniesLoader implements BatchLoader<string, string[]> {
  constructor(@Inject(COMPANY_CONNECTIONS) private readonly connections: CompanyConnections) {}

  async load(companyIds: readonly string[]) {
    const rows = await this.connections.connectionsOf(companyIds);
    return groupByKey(companyIds, rows, (r) => r.company_id).map((group) => group.map((r) => r.other));
  }
}
