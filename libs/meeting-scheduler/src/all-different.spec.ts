import { AllDifferentFilter } from './all-different.js';
import { Prng } from './prng.js';

/** CSR adjacency from a list of right-vertex lists, one per left vertex. */
function graph(lists: number[][]): { adjStart: Int32Array; adjList: Int32Array } {
  const adjStart = new Int32Array(lists.length + 1);
  lists.forEach((list, l) => (adjStart[l + 1] = adjStart[l] + list.length));
  return { adjStart, adjList: Int32Array.from(lists.flat()) };
}

function filtered(lists: number[][], right: number, seed: number[] = []) {
  const filter = new AllDifferentFilter();
  const { adjStart, adjList } = graph(lists);
  filter.reserve(lists.length, right, adjList.length);
  for (let l = 0; l < lists.length; l++) filter.matchLeft[l] = seed[l] ?? -1;
  const feasible = filter.run(lists.length, right, adjStart, adjList);
  const kept = lists.map((list, l) => list.filter((_, i) => filter.keep[adjStart[l] + i] === 1));
  const vital = Array.from({ length: right }, (_, r) => r).filter((r) => filter.vital[r] === 1);
  return { feasible, kept, vital };
}

/** Every edge some left-covering matching uses, and the right vertices all of them use, by enumeration. */
function bruteForce(lists: number[][], right: number) {
  const used = lists.map(() => new Set<number>());
  const usedByAll = new Set(Array.from({ length: right }, (_, r) => r));
  let found = false;
  const taken = new Array<boolean>(right).fill(false);
  const chosen: number[] = [];
  const visit = (l: number) => {
    if (l === lists.length) {
      found = true;
      chosen.forEach((r, i) => used[i].add(r));
      for (const r of [...usedByAll]) if (!chosen.includes(r)) usedByAll.delete(r);
      return;
    }
    for (const r of lists[l]) {
      if (taken[r]) continue;
      taken[r] = true;
      chosen.push(r);
      visit(l + 1);
      chosen.pop();
      taken[r] = false;
    }
  };
  visit(0);
  return {
    feasible: found,
    kept: lists.map((list, l) => list.filter((r) => used[l].has(r))),
    vital: found ? [...usedByAll].sort((a, b) => a - b) : [],
  };
}

describe('AllDifferentFilter', () => {
  it('keeps two meetings that can only take the same two slots out of both (a Hall set)', () => {
    // Meetings 0 and 1 can only take slots 0 and 1, so meeting 2 must take slot 2 or 3.
    const { feasible, kept, vital } = filtered(
      [
        [0, 1],
        [0, 1],
        [1, 2, 3],
      ],
      4,
    );
    expect(feasible).toBe(true);
    expect(kept).toEqual([
      [0, 1],
      [0, 1],
      [2, 3],
    ]);
    expect(vital).toEqual([0, 1]);
  });

  it('keeps the edges of an alternating cycle and rules out what a perfect matching cannot use', () => {
    const { kept, vital } = filtered([[0, 1], [0, 1, 2], [2]], 3);
    expect(kept).toEqual([[0, 1], [0, 1], [2]]);
    expect(vital).toEqual([0, 1, 2]);
  });

  it('reports a left side no matching covers, and repairs a stale starting matching', () => {
    expect(filtered([[0], [0]], 2).feasible).toBe(false);
    // Left 0 is seeded with a right vertex it has no edge to, left 1 with one left 0 needs.
    const { feasible, kept } = filtered([[1], [0, 1]], 2, [0, 1]);
    expect(feasible).toBe(true);
    expect(kept).toEqual([[1], [0]]);
  });

  it('agrees with enumerating every matching on 400 random small graphs', () => {
    const random = new Prng(17);
    const filter = new AllDifferentFilter();
    for (let trial = 0; trial < 400; trial++) {
      const left = 1 + random.int(6);
      const right = left + random.int(3);
      const lists = Array.from({ length: left }, () =>
        Array.from({ length: right }, (_, r) => r).filter(() => random.next() < 0.4),
      );
      const expected = bruteForce(lists, right);
      const { adjStart, adjList } = graph(lists);
      filter.reserve(left, right, adjList.length);
      // A random starting matching, as the placer's last one may be stale.
      for (let l = 0; l < left; l++) filter.matchLeft[l] = random.int(right + 1) - 1;
      const feasible = filter.run(left, right, adjStart, adjList);
      expect(feasible).toBe(expected.feasible);
      if (!feasible) continue;
      const kept = lists.map((list, l) => list.filter((_, i) => filter.keep[adjStart[l] + i] === 1));
      const vital = Array.from({ length: right }, (_, r) => r).filter((r) => filter.vital[r] === 1);
      expect({ kept, vital }).toEqual({ kept: expected.kept, vital: expected.vital });
    }
  });
});
