import { translate, type Locale } from '@app/common';
import { TAX_LABELS, TIER_LABELS } from '../events.messages.js';
import type { Quote, TaxLine } from '../pricing/pricing.js';
import type { RegistrationEntity } from '../registrations/registration.entity.js';
import type { PriceType } from './event.types.js';

function taxes(lines: TaxLine[], locale: Locale) {
  return lines.map((line) => ({
    code: line.code,
    label: translate(TAX_LABELS[line.code], locale),
    ratePercent: line.rate / 1000,
    amountCents: line.amountCents,
  }));
}

export function priceOfQuote(quote: Quote, locale: Locale): PriceType {
  return {
    amountCents: quote.amountCents,
    currency: quote.currency,
    taxCents: quote.taxCents,
    tier: quote.tier,
    tierLabel: translate(TIER_LABELS[quote.tier], locale),
    totalCents: quote.totalCents,
    taxProvince: quote.taxProvince,
    taxes: taxes(quote.taxes, locale),
  };
}

/** The price a registration was sold at, as stored on it. */
export function priceOfRegistration(r: RegistrationEntity, locale: Locale): PriceType {
  return {
    amountCents: r.amountCents,
    currency: r.currency,
    taxCents: r.taxCents,
    tier: r.priceTier,
    tierLabel: translate(TIER_LABELS[r.priceTier], locale),
    totalCents: r.totalCents,
    taxProvince: r.taxProvince ?? 'QC',
    taxes: taxes(r.taxLines, locale),
  };
}
