import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  dayInZone,
  quote,
  type Association,
  type MembershipPeriod,
  type Quote,
  type TaxProvince,
} from './pricing.js';

/** What a quote needs of the thing sold: an event, or a trade mission's delegate fee. */
export interface PricedOffer {
  id: string;
  organizers: readonly Association[];
  memberPriceCents: number;
  partnerMemberPriceCents: number;
  nonMemberPriceCents: number;
  /** Where it takes place (the place of supply); null: online. */
  province: TaxProvince | null;
  timeZone: string;
}

interface CompanyPricingRow {
  id: string;
  province: TaxProvince;
  memberships: { association: Association; member_since: string | null; expires_on: string | null }[];
}

/** Reads what pricing needs (a company's province and memberships) and quotes with the pure rules. */
@Injectable()
export class PricingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async quoteFor(
    event: PricedOffer,
    companyId: string,
    at: Date = new Date(),
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Quote | null> {
    return (await this.quotesFor(event, [companyId], at, manager)).get(companyId) ?? null;
  }

  /** Quotes of several companies at one event, in one query. */
  async quotesFor(
    event: PricedOffer,
    companyIds: readonly string[],
    at: Date = new Date(),
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Quote>> {
    const companies = await this.companies(companyIds, manager);
    return new Map(companies.map((company) => [company.id, this.quoteOne(event, company, at)]));
  }

  /** One company's quotes at several events (a list of events showing `priceForMe`), in one query. */
  async quotesAt(
    events: readonly PricedOffer[],
    companyId: string,
    at: Date = new Date(),
  ): Promise<Map<string, Quote>> {
    const [company] = await this.companies([companyId], this.dataSource.manager);
    const out = new Map<string, Quote>();
    if (!company) return out;
    for (const event of events) out.set(event.id, this.quoteOne(event, company, at));
    return out;
  }

  private quoteOne(event: PricedOffer, company: CompanyPricingRow, at: Date): Quote {
    return quote({
      organizers: event.organizers,
      prices: event,
      venueProvince: event.province,
      day: dayInZone(at, event.timeZone),
      company: {
        province: company.province,
        memberships: company.memberships.map((m): MembershipPeriod => ({
          association: m.association,
          memberSince: m.member_since,
          expiresOn: m.expires_on,
        })),
      },
    });
  }

  private async companies(ids: readonly string[], manager: EntityManager): Promise<CompanyPricingRow[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT c.id, c.province,
              coalesce(json_agg(json_build_object('association', m.association,
                         'member_since', to_char(m.member_since, 'YYYY-MM-DD'),
                         'expires_on', to_char(m.expires_on, 'YYYY-MM-DD')))
                       FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM companies c LEFT JOIN memberships m ON m.company_id = c.id
        WHERE c.id = ANY($1::uuid[])
        GROUP BY c.id`,
      [ids],
    );
  }
}
