import { FlowNetwork } from './max-flow.js';
import type { SchedulingModel } from './model.js';

/** Priority classes whose meetings may be left out: the ones above `from` are known to be all placed. */
export interface ClassRange {
  from: number;
  to: number;
}

export interface DeficitCover {
  /** Proven: at least this many meetings with a candidate slot stay unplaced. */
  bound: number;
  /**
   * Meetings joining two participants in deficit, at most `deficit[p]` per participant: leaving
   * these out serves two deficits at once, so the solver places them last.
   */
  sharedDrops: number[];
}

/**
 * Participant p must lose at least `deficit[p]` of their meetings. Give each p exactly d_p of the
 * unplaced meetings U; a meeting given to a ≥ 2 participants saves a − 1 on Σ d_p, and the meetings
 * given to two participants form a simple b-matching (b = d) among the meetings joining two
 * participants in deficit. So |U| ≥ Σ d_p − ν_b − Σ_{c_m ≥ 3} (c_m − 1), where c_m counts the
 * participants of m in deficit. ν_b is bounded by half the maximum flow in the bipartite double
 * cover (p' → q'' and q' → p'' with capacity 1 per meeting, d_p at p' and p''), which is twice
 * the fractional b-matching; ν_b being whole, the half is rounded down.
 *
 * When every meeting of a class above `classes.from` is placed, only meetings of the classes in
 * range can be in U, so only they can save anything: the bound then holds for such schedules.
 */
export function deficitCover(model: SchedulingModel, deficit: Int32Array, classes: ClassRange): DeficitCover {
  const { participantCount, meetingCount, partStart, partList, candStart, priorityClass } = model;
  let bound = 0;
  for (let p = 0; p < participantCount; p++) bound += Math.max(0, deficit[p]);
  const pairs: number[] = [];
  for (let m = 0; m < meetingCount; m++) {
    if (candStart[m + 1] === candStart[m] || priorityClass[m] < classes.from || priorityClass[m] > classes.to)
      continue;
    let inDeficit = 0;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) if (deficit[partList[k]] > 0) inDeficit++;
    if (inDeficit === 2) pairs.push(m);
    else if (inDeficit > 2) bound -= inDeficit - 1;
  }
  if (pairs.length === 0) return { bound: Math.max(0, bound), sharedDrops: [] };

  const ends = pairs.map((m) => {
    const found: number[] = [];
    for (let k = partStart[m]; k < partStart[m + 1]; k++)
      if (deficit[partList[k]] > 0) found.push(partList[k]);
    return found;
  });
  const node = new Map<number, number>();
  for (const [p, q] of ends) for (const r of [p, q]) if (!node.has(r)) node.set(r, node.size);
  const n = node.size;
  const network = new FlowNetwork(2 * n + 2);
  for (const [p, v] of node) {
    network.addEdge(2 * n, v, deficit[p]);
    network.addEdge(n + v, 2 * n + 1, deficit[p]);
  }
  const edgeOf = ends.map(([p, q]) => {
    const a = node.get(p) as number;
    const b = node.get(q) as number;
    return [network.addEdge(a, n + b, 1), network.addEdge(b, n + a, 1)];
  });
  bound = Math.max(0, bound - Math.floor(network.maxFlow(2 * n, 2 * n + 1) / 2));

  // Whole meetings of the fractional optimum first, then halves, then the rest; lowest priority first.
  const weight = edgeOf.map(([e, f]) => network.flowOn(e) + network.flowOn(f));
  const order = pairs
    .map((_, i) => i)
    .sort((i, j) => weight[j] - weight[i] || priorityClass[pairs[j]] - priorityClass[pairs[i]] || i - j);
  const left = Int32Array.from(deficit);
  const sharedDrops: number[] = [];
  for (const i of order) {
    const [p, q] = ends[i];
    if (left[p] === 0 || left[q] === 0) continue;
    left[p]--;
    left[q]--;
    sharedDrops.push(pairs[i]);
  }
  return { bound, sharedDrops };
}
