// The baseline: count tagged offers that meet tagged needs, both ways; other province only; ties
// by id. What a plain tag ranker achieves, to compare the engine against.
import type { MatchProfile } from '@app/match-scoring';

export function naiveFeeds(profiles: MatchProfile[], k: number): Map<string, string[]> {
  const feeds = new Map<string, string[]>();
  for (const a of profiles) {
    const scored: Array<[string, number]> = [];
    for (const b of profiles) {
      if (b.province === a.province) continue;
      const score =
        a.seeks.filter((c) => b.offers.includes(c)).length +
        b.seeks.filter((c) => a.offers.includes(c)).length;
      if (score > 0) scored.push([b.id, score]);
    }
    scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    feeds.set(
      a.id,
      scored.slice(0, k).map(([id]) => id),
    );
  }
  return feeds;
}
