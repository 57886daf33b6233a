import type { MatchReason, ScoredPartner } from '@app/match-scoring';
import { SuggestionLens } from '../dto/matching.types.js';
import { keepBest } from '../runs/score-writer.js';
import { reasonsForLens } from './suggestion.js';

const partner = (partnerId: string, score: number, theyOffer: number, theySeek: number): ScoredPartner => ({
  partnerId,
  score,
  lenses: { theyOffer, theySeek },
  components: {},
  reasons: [],
});

describe('lenses', () => {
  const reasons: MatchReason[] = [
    { code: 'SHARED_AREA', params: { area: 'oncology' } },
    { code: 'SEEKS_WHAT_YOU_OFFER', params: { capability: 'licensing_asset' } },
    { code: 'OFFERS_WHAT_YOU_SEEK', params: { capability: 'gmp_biologics' } },
  ];

  it('puts the reason of a lens’s direction first and keeps the others in their order', () => {
    const codes = (lens: SuggestionLens) => reasonsForLens(reasons, lens).map((r) => r.code);
    expect(codes(SuggestionLens.ALL)).toEqual([
      'SHARED_AREA',
      'SEEKS_WHAT_YOU_OFFER',
      'OFFERS_WHAT_YOU_SEEK',
    ]);
    expect(codes(SuggestionLens.THEY_OFFER_WHAT_WE_SEEK)).toEqual([
      'OFFERS_WHAT_YOU_SEEK',
      'SHARED_AREA',
      'SEEKS_WHAT_YOU_OFFER',
    ]);
    expect(codes(SuggestionLens.THEY_SEEK_WHAT_WE_OFFER)[0]).toBe('SEEKS_WHAT_YOU_OFFER');
  });

  it('keeps the best by score and the best of each lens, best score first', () => {
    const kept = keepBest(
      [
        partner('a', 0.9, 0, 0.1),
        partner('b', 0.8, 0.1, 0),
        partner('c', 0.3, 0.9, 0),
        partner('d', 0.2, 0, 0.95),
        partner('e', 0.1, 0, 0),
      ],
      1,
    );
    expect(kept.map((p) => p.partnerId)).toEqual(['a', 'c', 'd']);
  });
});
