/**
 * A delegate and a host's mutual fit, 0..1, from the matching engine's pair score (good for both)
 * and its two one-way lenses (what each side offers the other), so that a pair where only one side
 * gains ranks below one where both do.
 */
export function mutualFit(scored: {
  score: number;
  lenses: { theyOffer: number; theySeek: number };
}): number {
  return 0.5 * scored.score + 0.25 * (scored.lenses.theyOffer + scored.lenses.theySeek);
}
