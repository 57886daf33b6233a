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

export interface ScoredPartner {
  partnerId: string;
  /** 0..1, the same for both sides of the pair. */
  score: number;
  /** The parts of the score, from the viewer's side (see docs/matching.md). */
  components: Record<string, number>;
  /** Best first; at least one. */
  reasons: MatchReason[];
}
