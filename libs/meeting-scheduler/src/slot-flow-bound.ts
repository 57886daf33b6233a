import { isCandidate, type SchedulingModel } from './model.js';

/**
 * The most meetings the tables alone allow: a maximum flow meeting → candidate slot → sink with
 * capacity `tables` per slot, ignoring who meets whom. Any schedule is such a flow, so
 * `meetings − flow` is a valid lower bound on the unplaced. Only meetings of priority class
 * `maxClass` or higher are counted (all by default).
 *
 * With few slots, augmenting paths are searched on the slot graph (s → t when some meeting in s
 * could move to t), as in Kuhn's algorithm a meeting without an augmenting path never gets one later.
 */
export function slotFlowBound(model: SchedulingModel, maxClass = Infinity): number {
  const { meetingCount, slotCount, tables, candStart, candList, priorityClass } = model;
  const slotOf = new Int32Array(meetingCount).fill(-1);
  const members: number[][] = Array.from({ length: slotCount }, () => []);
  /** `s * slotCount + t`: meetings in s that could take t instead. */
  const movable = new Int32Array(slotCount * slotCount);
  let flow = 0;

  const assign = (m: number, s: number, sign: 1 | -1) => {
    for (let k = candStart[m]; k < candStart[m + 1]; k++) movable[s * slotCount + candList[k]] += sign;
    if (sign > 0) {
      slotOf[m] = s;
      members[s].push(m);
    } else {
      members[s].splice(members[s].indexOf(m), 1);
    }
  };

  const order = Array.from({ length: meetingCount }, (_, m) => m).sort(
    (a, b) => candStart[a + 1] - candStart[a] - (candStart[b + 1] - candStart[b]) || a - b,
  );
  const parent = new Int32Array(slotCount);
  let inScope = 0;
  for (const m of order) {
    if (priorityClass[m] > maxClass) continue;
    inScope++;
    if (candStart[m + 1] === candStart[m]) continue;
    parent.fill(-2);
    const queue: number[] = [];
    let free = -1;
    for (let k = candStart[m]; k < candStart[m + 1] && free < 0; k++) {
      const s = candList[k];
      parent[s] = -1;
      queue.push(s);
      if (members[s].length < tables) free = s;
    }
    for (let i = 0; i < queue.length && free < 0; i++) {
      const s = queue[i];
      for (let t = 0; t < slotCount; t++) {
        if (parent[t] !== -2 || movable[s * slotCount + t] === 0) continue;
        parent[t] = s;
        queue.push(t);
        if (members[t].length < tables) {
          free = t;
          break;
        }
      }
    }
    if (free < 0) continue;
    for (let t = free; parent[t] >= 0; t = parent[t]) {
      const s = parent[t];
      const moved = members[s].find((x) => isCandidate(model, x, t)) as number;
      assign(moved, s, -1);
      assign(moved, t, 1);
    }
    let first = free;
    while (parent[first] >= 0) first = parent[first];
    assign(m, first, 1);
    flow++;
  }
  return inScope - flow;
}
