import { bestTier, quote, taxLines, taxOf, type MembershipPeriod, type TierPrices } from './pricing.js';

const PRICES: TierPrices = {
  memberPriceCents: 25_000,
  partnerMemberPriceCents: 30_000,
  nonMemberPriceCents: 45_000,
};
const DAY = '2027-05-04';
const bq = (expiresOn: string | null = null): MembershipPeriod => ({
  association: 'BIOQUEBEC',
  memberSince: '2020-01-01',
  expiresOn,
});
const lso = (expiresOn: string | null = null): MembershipPeriod => ({
  association: 'LSO',
  memberSince: null,
  expiresOn,
});

describe('price tier', () => {
  it('gives the member rate to members of an organizing association', () => {
    expect(bestTier(['BIOQUEBEC'], [bq()], DAY, PRICES)).toBe('MEMBER');
  });

  it('gives the partner rate to members of the other association', () => {
    expect(bestTier(['BIOQUEBEC'], [lso()], DAY, PRICES)).toBe('PARTNER_MEMBER');
  });

  it('charges the full rate when the only membership has expired', () => {
    expect(bestTier(['LSO'], [lso('2027-01-31')], DAY, PRICES)).toBe('NON_MEMBER');
  });

  it('gives a member of both associations the best rate it qualifies for', () => {
    expect(bestTier(['LSO'], [bq(), lso()], DAY, PRICES)).toBe('MEMBER');
    expect(bestTier(['LSO'], [bq(), lso('2026-12-31')], DAY, PRICES)).toBe('PARTNER_MEMBER');
    const partnerCheaper = { ...PRICES, partnerMemberPriceCents: 20_000 };
    expect(bestTier(['LSO'], [bq(), lso()], DAY, partnerCheaper)).toBe('PARTNER_MEMBER');
  });

  it('treats members of either association as members at a joint event', () => {
    expect(bestTier(['BIOQUEBEC', 'LSO'], [lso()], DAY, PRICES)).toBe('MEMBER');
    expect(bestTier(['BIOQUEBEC', 'LSO'], [], DAY, PRICES)).toBe('NON_MEMBER');
  });
});

describe('sales tax', () => {
  it('rounds each line half-up on its own', () => {
    expect(taxOf(10, 5000)).toBe(1); // 0.5 → 1
    expect(taxOf(9, 5000)).toBe(0); // 0.45 → 0
    expect(taxOf(2005, 9975)).toBe(200); // 200.0 (199.99875 → 200)
    expect(taxOf(1003, 9975)).toBe(100); // 100.049 → 100
    expect(taxOf(5, 13000)).toBe(1); // 0.65 → 1
  });

  it('charges GST and QST separately in Québec', () => {
    expect(taxLines(25_000, 'QC')).toEqual([
      { code: 'GST', rate: 5000, amountCents: 1250 },
      { code: 'QST', rate: 9975, amountCents: 2494 }, // 2493.75 → 2494
    ]);
  });

  it('charges HST in Ontario', () => {
    expect(taxLines(30_001, 'ON')).toEqual([{ code: 'HST', rate: 13000, amountCents: 3900 }]); // 3900.13
  });

  it('taxes a free registration at zero', () => {
    expect(taxLines(0, 'QC').every((l) => l.amountCents === 0)).toBe(true);
  });
});

describe('quote', () => {
  it('taxes an event held in Québec at the venue, whatever the registrant’s province', () => {
    const q = quote({
      organizers: ['BIOQUEBEC'],
      prices: PRICES,
      venueProvince: 'QC',
      company: { province: 'ON', memberships: [lso()] },
      day: DAY,
    });
    expect(q).toMatchObject({
      tier: 'PARTNER_MEMBER',
      amountCents: 30_000,
      taxProvince: 'QC',
      taxCents: 1500 + 2993,
    });
    expect(q.totalCents).toBe(30_000 + 4493);
  });

  it('taxes an online event by the registrant company’s province', () => {
    const base = { organizers: ['LSO'] as const, prices: PRICES, venueProvince: null, day: DAY };
    const fromQc = quote({ ...base, company: { province: 'QC', memberships: [] } });
    const fromOn = quote({ ...base, company: { province: 'ON', memberships: [lso()] } });
    expect(fromQc).toMatchObject({ tier: 'NON_MEMBER', taxProvince: 'QC', taxCents: 2250 + 4489 });
    expect(fromOn).toMatchObject({ tier: 'MEMBER', taxProvince: 'ON', taxCents: 3250 });
  });
});
