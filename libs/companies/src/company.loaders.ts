import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type Repository } from 'typeorm';
import { alignByKey, groupByKey, type BatchLoader } from '@app/common';
import { CompaniesService } from './companies.service.js';
import type { CompanyEntity } from './company.entity.js';
import { MembershipEntity } from './membership.entity.js';

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
  constructor(
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
  ) {}

  async load(companyIds: readonly string[]) {
    const rows = await this.memberships.find({ where: { companyId: In([...companyIds]) } });
    return groupByKey(companyIds, rows, (m) => m.companyId);
  }
}

/** The companies each company is connected with by a meeting (for contact details). */
@Injectable()
export class ConnectedCompaniesLoader implements BatchLoader<string, string[]> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(companyIds: readonly string[]) {
    const rows: { company_id: string; other: string }[] = await this.dataSource.query(
      `SELECT company_a AS company_id, company_b AS other FROM connections WHERE company_a = ANY($1::uuid[])
       UNION ALL SELECT company_b, company_a FROM connections WHERE company_b = ANY($1::uuid[])`,
      [companyIds],
    );
    return groupByKey(companyIds, rows, (r) => r.company_id).map((group) => group.map((r) => r.other));
  }
}
