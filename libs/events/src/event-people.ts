import { Injectable } from '@nestjs/common';
import { PeopleRepository } from '@app/auth';
import type { Locale } from '@app/common';
import { CompanyFactsRepository } from '@app/companies';
import type { Transaction } from '@app/database';
import { isUuid } from '@app/common';
import type { Association, TaxProvince } from './pricing/pricing.js';

export interface PersonContact {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface CompanyPricingRow {
  id: string;
  province: TaxProvince;
  memberships: { association: Association; member_since: string | null; expires_on: string | null }[];
}

/**
 * The people and companies events show, email and price, asked of the domains that own them
 * (auth's people, companies' facts), in the caller's transaction.
 */
@Injectable()
export class EventPeople {
  constructor(
    private readonly people: PeopleRepository,
    private readonly companies: CompanyFactsRepository,
  ) {}

  async contact(userId: string, tx?: Transaction): Promise<PersonContact> {
    const [person] = await this.people.byIds([userId], tx);
    return person && { id: person.id, email: person.email, name: person.name, locale: person.locale };
  }

  /** A person with an account, and their company. */
  async liveUser(userId: string): Promise<{ id: string; company_id: string | null } | undefined> {
    const [person] = await this.people.byIds([userId]);
    return person && !person.deleted ? { id: person.id, company_id: person.company_id } : undefined;
  }

  /** Anyone, deleted or not, by an id that may not even be a uuid. */
  async nameAndLocale(userId: string): Promise<{ id: string; name: string; locale: Locale } | undefined> {
    if (!isUuid(userId)) return undefined;
    const [person] = await this.people.byIds([userId]);
    return person && { id: person.id, name: person.name, locale: person.locale };
  }

  /** The people of a company who have an account, by name. */
  async membersOf(companyId: string): Promise<PersonContact[]> {
    return (await this.people.liveMembersOf([companyId])).map(({ id, email, name, locale }) => ({
      id,
      email,
      name,
      locale,
    }));
  }

  personNames(ids: string[], tx?: Transaction): Promise<Map<string, string>> {
    return this.people.names(ids, tx);
  }

  companyNames(ids: string[], tx?: Transaction): Promise<Map<string, string>> {
    return this.companies.names(ids, tx);
  }

  provinces(ids: string[]): Promise<Map<string, string>> {
    return this.companies.provinces(ids);
  }

  /** Each company's province and memberships, as pricing needs them. */
  async companiesForPricing(ids: readonly string[], tx?: Transaction): Promise<CompanyPricingRow[]> {
    return (await this.companies.withMemberships(ids, tx)) as CompanyPricingRow[];
  }
}
