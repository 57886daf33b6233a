// The k best partners of one company, kept in a min-heap. Order: higher score first, then lower
// index (= lower id), so that results never depend on the order pairs were scored in.

export class TopK {
  readonly scores: Float64Array;
  readonly items: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    this.scores = new Float64Array(Math.max(1, k));
    this.items = new Int32Array(Math.max(1, k));
  }

  /** Whether (score, item) ranks below (s2, i2). */
  private static worse(score: number, item: number, s2: number, i2: number): boolean {
    return score < s2 || (score === s2 && item > i2);
  }

  /** The score an entry must reach to get in: −1 while there is room, +∞ when k is 0. */
  get threshold(): number {
    return this.k === 0 ? Infinity : this.size < this.k ? -1 : this.scores[0];
  }

  push(score: number, item: number): void {
    if (this.k === 0) return;
    const { scores, items } = this;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopK.worse(score, item, scores[parent], items[parent])) break;
        scores[i] = scores[parent];
        items[i] = items[parent];
        i = parent;
      }
      scores[i] = score;
      items[i] = item;
      return;
    }
    if (TopK.worse(score, item, scores[0], items[0])) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let child = left;
      if (right < this.size && TopK.worse(scores[right], items[right], scores[left], items[left]))
        child = right;
      if (!TopK.worse(scores[child], items[child], score, item)) break;
      scores[i] = scores[child];
      items[i] = items[child];
      i = child;
    }
    scores[i] = score;
    items[i] = item;
  }

  /** Entries best first. */
  sorted(): Array<{ item: number; score: number }> {
    const out = Array.from({ length: this.size }, (_, i) => ({ item: this.items[i], score: this.scores[i] }));
    return out.sort((x, y) => y.score - x.score || x.item - y.item);
  }
}
