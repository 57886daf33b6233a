// Ranking quality of partner feeds against planted partnerships: nDCG@k (graded gain 2^g − 1) and
// precision@k, averaged over the companies that have at least one planted partner. Reusable: the
// feeds may come from the engine in memory or from the real pipeline through the database.

export interface LabelledPair {
  a: string;
  b: string;
  grade: number;
}

export interface FeedQuality {
  ndcg: number;
  precision: number;
  /** Companies with at least one planted partner (the ones averaged over). */
  companies: number;
}

/** relevance.get(viewer).get(partner) = grade, both directions. */
export function relevanceOf(pairs: LabelledPair[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const put = (x: string, y: string, g: number) => {
    const m = out.get(x) ?? new Map<string, number>();
    m.set(y, Math.max(m.get(y) ?? 0, g));
    out.set(x, m);
  };
  for (const { a, b, grade } of pairs) {
    put(a, b, grade);
    put(b, a, grade);
  }
  return out;
}

export function ndcgAt(ranked: string[], relevant: Map<string, number>, k: number): number {
  const gain = (g: number) => 2 ** g - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => (dcg += gain(relevant.get(id) ?? 0) / Math.log2(i + 2)));
  const ideal = [...relevant.values()].sort((x, y) => y - x).slice(0, k);
  const idcg = ideal.reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

export function precisionAt(ranked: string[], relevant: Map<string, number>, k: number): number {
  return ranked.slice(0, k).filter((id) => (relevant.get(id) ?? 0) > 0).length / k;
}

/** nDCG@k and precision@k of each viewer that has at least one relevant partner. */
export function feedQualityByViewer(
  feeds: Map<string, string[]>,
  pairs: LabelledPair[],
  k = 10,
): Map<string, { ndcg: number; precision: number }> {
  const out = new Map<string, { ndcg: number; precision: number }>();
  for (const [viewer, relevant] of relevanceOf(pairs)) {
    const ranked = feeds.get(viewer) ?? [];
    out.set(viewer, { ndcg: ndcgAt(ranked, relevant, k), precision: precisionAt(ranked, relevant, k) });
  }
  return out;
}

/** Mean nDCG@k and precision@k of `feeds` (viewer id → partner ids, best first). */
export function feedQuality(feeds: Map<string, string[]>, pairs: LabelledPair[], k = 10): FeedQuality {
  const each = [...feedQualityByViewer(feeds, pairs, k).values()];
  const mean = (f: (q: { ndcg: number; precision: number }) => number) =>
    each.length ? each.reduce((s, q) => s + f(q), 0) / each.length : 0;
  return { ndcg: mean((q) => q.ndcg), precision: mean((q) => q.precision), companies: each.length };
}
