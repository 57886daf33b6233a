import { renderReason } from './reasons.js';

describe('reasons in words', () => {
  it('gives a capability that names one thing its English article', () => {
    const offers = { code: 'OFFERS_WHAT_YOU_SEEK', params: { capability: 'licensing_asset' } };
    expect(renderReason(offers, 'en')).toBe('Offers an asset available for licensing, which you seek');
    const seeks = { code: 'SEEKS_WHAT_YOU_OFFER', params: { capability: 'technology_platform' } };
    expect(renderReason(seeks, 'en')).toBe('Seeks a technology platform, which you offer');
    const client = { code: 'GAINS_A_CLIENT', params: { capability: 'technology_platform' } };
    expect(renderReason(client, 'en')).toBe('Gains in you a client for its technology platform');
    expect(renderReason(offers, 'fr')).toBe('Offre un actif disponible pour licence, que vous recherchez');
  });
});
