// Rankers the engine is compared with on the same data: a plain TF-IDF cosine of the two texts
// (no stemming, no vocabulary: what a search engine gives out of the box) and random order.
import type { MatchProfile } from '@app/match-scoring';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

function words(profile: MatchProfile): Map<string, number> {
  const text = [profile.description.fr, profile.description.en, profile.seeking.fr, profile.seeking.en]
    .filter(Boolean)
    .join(' ');
  const counts = new Map<string, number>();
  for (const match of fold(text.toLowerCase()).matchAll(/[a-z0-9]{2,}/g))
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

/** Feeds ranked by the cosine of TF-IDF vectors of each profile's text, other province only. */
export function tfidfFeeds(profiles: MatchProfile[], k: number): Map<string, string[]> {
  const counts = profiles.map(words);
  const df = new Map<string, number>();
  for (const c of counts) for (const w of c.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = counts.map((c) => {
    const v = new Map<string, number>();
    for (const [w, tf] of c) v.set(w, tf * Math.log(profiles.length / df.get(w)!));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const feeds = new Map<string, string[]>();
  profiles.forEach((a, i) => {
    const scored: Array<[string, number]> = [];
    profiles.forEach((b, j) => {
      if (b.province === a.province) return;
      let dot = 0;
      for (const [w, x] of vectors[i]) dot += x * (vectors[j].get(w) ?? 0);
      scored.push([b.id, dot]);
    });
    scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    feeds.set(
      a.id,
      scored.slice(0, k).map(([id]) => id),
    );
  });
  return feeds;
}

/** Feeds in a random order (seeded, so every run prints the same figure). */
export function randomFeeds(profiles: MatchProfile[], k: number, seed = 1): Map<string, string[]> {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const feeds = new Map<string, string[]>();
  for (const a of profiles) {
    const others = profiles.filter((b) => b.province !== a.province).map((b) => b.id);
    for (let i = others.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [others[i], others[j]] = [others[j], others[i]];
    }
    feeds.set(a.id, others.slice(0, k));
  }
  return feeds;
}
