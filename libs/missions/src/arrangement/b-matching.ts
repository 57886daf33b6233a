/**
 * Maximum-weight bipartite b-matching as a min-cost flow: source → left (capacity bLeft),
 * left → right (capacity 1, cost −weight), right → sink (capacity bRight). Successive shortest
 * paths with Johnson potentials (Dijkstra on reduced costs) add one unit at a time, each time the
 * path of greatest gain, and stop when no path gains: the matching then has the greatest total
 * weight of all b-matchings (each augmentation is optimal for its flow value, and gains shrink).
 * Ties go to the lower index, so the result is deterministic.
 */

export interface WeightedEdge {
  left: number;
  right: number;
  weight: number;
}

interface Arc {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

export function maxWeightBMatching(
  leftCapacity: readonly number[],
  rightCapacity: readonly number[],
  edges: readonly WeightedEdge[],
): WeightedEdge[] {
  const L = leftCapacity.length;
  const R = rightCapacity.length;
  const source = 0;
  const sink = L + R + 1;
  const n = sink + 1;
  const graph: Arc[][] = Array.from({ length: n }, () => []);
  const addArc = (from: number, to: number, cap: number, cost: number): number => {
    graph[from].push({ to, cap, cost, rev: graph[to].length });
    graph[to].push({ to: from, cap: 0, cost: -cost, rev: graph[from].length - 1 });
    return graph[from].length - 1;
  };
  leftCapacity.forEach((cap, i) => cap > 0 && addArc(source, 1 + i, cap, 0));
  rightCapacity.forEach((cap, j) => cap > 0 && addArc(1 + L + j, sink, cap, 0));
  const edgeArcs = edges.map((e) => addArc(1 + e.left, 1 + L + e.right, 1, -e.weight));

  // Initial potentials: shortest distances in the acyclic starting graph (negative arcs only left → right).
  const potential = new Float64Array(n);
  for (const e of edges) {
    const r = 1 + L + e.right;
    potential[r] = Math.min(potential[r], -e.weight);
  }
  for (let j = 0; j < R; j += 1) potential[sink] = Math.min(potential[sink], potential[1 + L + j]);

  const dist = new Float64Array(n);
  const done = new Uint8Array(n);
  const prevNode = new Int32Array(n);
  const prevArc = new Int32Array(n);
  for (;;) {
    dist.fill(Infinity);
    done.fill(0);
    dist[source] = 0;
    for (;;) {
      let u = -1;
      for (let v = 0; v < n; v += 1)
        if (!done[v] && dist[v] < Infinity && (u < 0 || dist[v] < dist[u])) u = v;
      if (u < 0) break;
      done[u] = 1;
      graph[u].forEach((arc, index) => {
        if (arc.cap <= 0) return;
        const next = dist[u] + arc.cost + potential[u] - potential[arc.to];
        if (next < dist[arc.to] - 1e-12) {
          dist[arc.to] = next;
          prevNode[arc.to] = u;
          prevArc[arc.to] = index;
        }
      });
    }
    if (dist[sink] === Infinity) break;
    for (let v = 0; v < n; v += 1) if (dist[v] < Infinity) potential[v] += dist[v];
    // The real cost of the path is the sink's potential (the source's stays 0): stop when it gains nothing.
    if (potential[sink] - potential[source] >= -1e-12) break;
    for (let v = sink; v !== source; v = prevNode[v]) {
      const arc = graph[prevNode[v]][prevArc[v]];
      arc.cap -= 1;
      graph[v][arc.rev].cap += 1;
    }
  }
  return edges.filter((e, i) => graph[1 + e.left][edgeArcs[i]].cap === 0);
}
