import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/database';
import type { Province } from '../company.entity.js';
import { CompanyPeopleRepository } from './company-people.repository.js';

/**
 * Who speaks for companies, for other domains that tell companies something (a call for a trade
 * mission, a decision on an application) without reading the companies' or users' tables.
 */
@Injectable()
export class CompanyDirectory {
  constructor(private readonly people: CompanyPeopleRepository) {}

  /** The people of the province's companies that hold a membership in force today. */
  memberPeopleIn(province: Province, tx?: Transaction): Promise<string[]> {
    return this.people.memberPeopleIn(province, tx);
  }

  /** The company admins of each company, by company id. */
  async adminsOf(companyIds: readonly string[], tx?: Transaction): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const r of await this.people.adminsOf(companyIds, tx))
      out.set(r.company_id!, [...(out.get(r.company_id!) ?? []), r.id]);
    return out;
  }

  /** How to write to people, in their language. */
  contacts(
    userIds: readonly string[],
    tx?: Transaction,
  ): Promise<{ id: string; email: string; name: string; locale: 'fr' | 'en' }[]> {
    return this.people.contacts(userIds, tx);
  }

  /** Names of people, for the seats of meetings created on their behalf. */
  async personNames(userIds: readonly string[], tx?: Transaction): Promise<Map<string, string>> {
    return new Map((await this.people.names(userIds, tx)).map((r) => [r.id, r.name]));
  }
}
