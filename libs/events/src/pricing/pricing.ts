/**
 * What a registration costs: the tier a company qualifies for on the day it registers, and the
 * sales taxes of the place of supply. Pure functions, integer cents throughout.
 */
import { isActiveOn, type MembershipDays } from '@app/common';

export type Association = 'BIOQUEBEC' | 'LSO';
export type PriceTier = 'MEMBER' | 'PARTNER_MEMBER' | 'NON_MEMBER';
export type TaxProvince = 'QC' | 'ON';
export type TaxCode = 'GST' | 'QST' | 'HST';

export const PRICE_TIERS: readonly PriceTier[] = ['MEMBER', 'PARTNER_MEMBER', 'NON_MEMBER'];

export interface TierPrices {
  memberPriceCents: number;
  partnerMemberPriceCents: number;
  nonMemberPriceCents: number;
}

export interface MembershipPeriod extends MembershipDays {
  association: Association;
}

export interface TaxLine {
  code: TaxCode;
  /** Parts per 100 000: 5 % is 5000, 9.975 % is 9975. */
  rate: number;
  amountCents: number;
}

export interface Quote {
  tier: PriceTier;
  currency: 'CAD';
  amountCents: number;
  taxProvince: TaxProvince;
  taxes: TaxLine[];
  taxCents: number;
  totalCents: number;
}

const RATE_SCALE = 100_000;

/** Sales taxes by province of supply, each computed on the price alone (QST is not on top of GST since 2013). */
export const TAX_RATES: Record<TaxProvince, readonly { code: TaxCode; rate: number }[]> = {
  QC: [
    { code: 'GST', rate: 5000 },
    { code: 'QST', rate: 9975 },
  ],
  ON: [{ code: 'HST', rate: 13000 }],
};

function priceOfTier(tier: PriceTier, prices: TierPrices): number {
  if (tier === 'MEMBER') return prices.memberPriceCents;
  if (tier === 'PARTNER_MEMBER') return prices.partnerMemberPriceCents;
  return prices.nonMemberPriceCents;
}

/**
 * The tiers a company qualifies for at an event: member of an organizing association → MEMBER;
 * member of the other association (the partner) → PARTNER_MEMBER; everyone → NON_MEMBER.
 */
export function qualifyingTiers(
  organizers: readonly Association[],
  memberships: readonly MembershipPeriod[],
  day: string,
): PriceTier[] {
  const active = new Set(memberships.filter((m) => isActiveOn(m, day)).map((m) => m.association));
  const tiers: PriceTier[] = [];
  if ([...active].some((a) => organizers.includes(a))) tiers.push('MEMBER');
  if ([...active].some((a) => !organizers.includes(a))) tiers.push('PARTNER_MEMBER');
  tiers.push('NON_MEMBER');
  return tiers;
}

/** The cheapest tier the company qualifies for; on equal prices, the tier listed first. */
export function bestTier(
  organizers: readonly Association[],
  memberships: readonly MembershipPeriod[],
  day: string,
  prices: TierPrices,
): PriceTier {
  const tiers = qualifyingTiers(organizers, memberships, day);
  return tiers.reduce((best, tier) => (priceOfTier(tier, prices) < priceOfTier(best, prices) ? tier : best));
}

/** One tax line, rounded half-up to the cent as the CRA and Revenu Québec do. */
export function taxOf(amountCents: number, rate: number): number {
  return Math.floor((amountCents * rate + RATE_SCALE / 2) / RATE_SCALE);
}

export function taxLines(amountCents: number, province: TaxProvince): TaxLine[] {
  return TAX_RATES[province].map(({ code, rate }) => ({ code, rate, amountCents: taxOf(amountCents, rate) }));
}

/**
 * The province of supply: the venue's for an event held in person, the registrant company's for
 * an online event.
 */
export function taxProvinceOf(venueProvince: TaxProvince | null, companyProvince: TaxProvince): TaxProvince {
  return venueProvince ?? companyProvince;
}

export interface QuoteRequest {
  organizers: readonly Association[];
  prices: TierPrices;
  venueProvince: TaxProvince | null;
  company: { province: TaxProvince; memberships: readonly MembershipPeriod[] };
  /** The registration day, YYYY-MM-DD, in the event's time zone. */
  day: string;
}

export function quote(request: QuoteRequest): Quote {
  const tier = bestTier(request.organizers, request.company.memberships, request.day, request.prices);
  const amountCents = priceOfTier(tier, request.prices);
  const taxProvince = taxProvinceOf(request.venueProvince, request.company.province);
  const taxes = taxLines(amountCents, taxProvince);
  const taxCents = taxes.reduce((sum, line) => sum + line.amountCents, 0);
  return {
    tier,
    currency: 'CAD',
    amountCents,
    taxProvince,
    taxes,
    taxCents,
    totalCents: amountCents + taxCents,
  };
}
