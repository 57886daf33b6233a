// The engine's public types: the profile it reads (the company's taxonomy codes and free text)
// and the scored partners it returns.

export type Locale = 'fr' | 'en';

export interface MatchProfile {
  id: string;
  name: string;
  province: 'QC' | 'ON';
  languages: Locale[];
  sectors: string[];
  therapeuticAreas: string[];
  modalities: string[];
  stage: string | null;
  offers: string[];
  seeks: string[];
  partnershipTypes: string[];
  size?: string | null;
  description: { fr?: string; en?: string };
  seeking: { fr?: string; en?: string };
}

/** Why a pair was suggested; `params` hold taxonomy codes, rendered in the reader's language later. */
export interface MatchReason {
  code: string;
  params: Record<string, string>;
}

/** Why the viewer would meet a partner: good for both sides (the score), or one way only. */
export type SuggestionLens = 'ALL' | 'THEY_OFFER_WHAT_WE_SEEK' | 'THEY_SEEK_WHAT_WE_OFFER';

/** The one-way scores of a pair, from the viewer's side, 0..1 each. */
export interface LensScores {
  /** How well the partner offers what the viewer seeks (partners who can help the viewer). */
  theyOffer: number;
  /** How well the viewer offers what the partner seeks (partners the viewer can help). */
  theySeek: number;
}

export interface ScoredPartner {
  partnerId: string;
  /** 0..1, the same for both sides of the pair: the ALL lens. */
  score: number;
  lenses: LensScores;
  /** The parts of the score, from the viewer's side (see docs/matching.md). */
  components: Record<string, number>;
  /** Best first; at least one. */
  reasons: MatchReason[];
}
