import { Injectable } from '@nestjs/common';
import { PeopleRepository } from '@app/auth';
import type { Transaction } from '@app/database';
import { CompaniesRepository } from '../companies.repository.js';
import type { Province } from '../company.entity.js';

/**
 * Who speaks for companies, for other domains that tell companies something (a call for a trade
 * mission, a decision on an application): the companies from this domain, their people from auth.
 */
@Injectable()
export class CompanyDirectory {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly people: PeopleRepository,
  ) {}

  /** The people of the province's companies that hold a membership in force today, by id. */
  async memberPeopleIn(province: Province, tx?: Transaction): Promise<string[]> {
    const companyIds = await this.companies.memberCompaniesIn(province, tx);
    if (companyIds.length === 0) return [];
    return (await this.people.liveMembersOf(companyIds, tx)).map((p) => p.id).sort();
  }

  /** The company admins of each company, by company id. */
  async adminsOf(companyIds: readonly string[], tx?: Transaction): Promise<Map<string, string[]>> {
    const admins = (await this.people.liveMembersOf(companyIds, tx))
      .filter((p) => p.role === 'COMPANY_ADMIN')
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const out = new Map<string, string[]>();
    for (const admin of admins) out.set(admin.company_id!, [...(out.get(admin.company_id!) ?? []), admin.id]);
    return out;
  }

  /** How to write to people, in their language (those who still have an account). */
  async contacts(
    userIds: readonly string[],
    tx?: Transaction,
  ): Promise<{ id: string; email: string; name: string; locale: 'fr' | 'en' }[]> {
    return (await this.people.byIds(userIds, tx))
      .filter((p) => !p.deleted)
      .map(({ id, email, name, locale }) => ({ id, email, name, locale }));
  }

  /** Names of people, for the seats of meetings created on their behalf. */
  personNames(userIds: readonly string[], tx?: Transaction): Promise<Map<string, string>> {
    return this.people.names(userIds, tx);
  }
}
