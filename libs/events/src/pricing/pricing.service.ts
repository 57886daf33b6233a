import { Injectable } from '@nestjs/common';
import { dayInZone } from '@app/common';
import type { Transaction } from '@app/database';
import { EventPeople, type CompanyPricingRow } from '../event-people.js';
import { quote, type Association, type MembershipPeriod, type Quote, type TaxProvince } from './pricing.js';

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

/** Reads what pricing needs (a company's province and memberships) and quotes with the pure rules. */
@Injectable()
export class PricingService {
  constructor(private readonly people: EventPeople) {}

  async quoteFor(
    event: PricedOffer,
    companyId: string,
    at: Date = new Date(),
    manager?: Transaction,
  ): Promise<Quote | null> {
    return (await this.quotesFor(event, [companyId], at, manager)).get(companyId) ?? null;
  }

  /** Quotes of several companies at one event, in one query. */
  async quotesFor(
    event: PricedOffer,
    companyIds: readonly string[],
    at: Date = new Date(),
    manager?: Transaction,
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
    const [company] = await this.companies([companyId]);
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

  private async companies(ids: readonly string[], manager?: Transaction): Promise<CompanyPricingRow[]> {
    if (ids.length === 0) return [];
    return this.people.companiesForPricing(ids, manager);
  }
}
