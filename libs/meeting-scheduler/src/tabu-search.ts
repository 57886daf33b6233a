import { candidateIndex } from './model.js';
import type { Prng } from './prng.js';
import type { ScheduleState } from './schedule-state.js';

/** Iterations between two refreshes of the list of unplaced meetings whose participants all have room. */
const REFRESH = 128;
/** Share of picks among those; the others pick any unplaced meeting (their moves swap a participant's meetings). */
const FOCUS = 0.9;
/** Probability of accepting a move that pushes out two or more meetings (noise against stagnation). */
const WORSENING = 0.02;
/** The search gives up after this share of its budget (or this many iterations) without a new best. */
const PATIENCE_SHARE = 0.2;
const MIN_PATIENCE = 10_000;

/** Base of the move values: a move changes each class by at most 4 meetings, so digits never carry. */
const BASE = 16;
/** Classes this far below the one searched weigh like it; keeps the values exact in a double. */
const DEPTH = 12;

/**
 * A tabu search over partial schedules (PartialCol, as for graph colouring, slots as colours) for
 * priority class `priorityClass` and the classes above, once the constructive moves are stuck.
 * An unplaced meeting, preferably one whose participants all have room, takes the slot where the
 * meetings it pushes out cost least, lexicographically by priority (ties at random); those
 * become unplaced and may not re-enter the slot they left for a while. Moves that lose ground
 * (two meetings out for one in, or a higher-priority one out) are only taken now and then.
 * Higher classes take part so that which of their meetings are placed can change, never how
 * many: the schedule kept is the lexicographically best met. The run is bounded by iteration
 * counts (a budget, and a patience without progress), never by the clock, so the outcome
 * depends on the seed alone.
 */
export function tabuSearch(
  state: ScheduleState,
  unplaced: number[],
  priorityClass: number,
  iterations: number,
  random: Prng,
  /** Stop once this class has this few unplaced left (a lower bound) and no class above lost any. */
  enough: number,
  capacity: Int32Array,
): void {
  const { model } = state;
  const { candStart, candList, partStart, partList, slotCount, tables } = model;
  const classOf = model.priorityClass;
  const open = new OpenSet(model.meetingCount);
  const openByClass = new Int32Array(priorityClass + 1);
  const weights = Float64Array.from(
    { length: priorityClass + 1 },
    (_, h) => BASE ** Math.min(DEPTH, priorityClass - h),
  );
  const value = (m: number) => weights[classOf[m]];
  const markOpen = (m: number) => {
    open.add(m);
    openByClass[classOf[m]]++;
  };
  for (const m of unplaced) if (state.slotOf[m] < 0 && candStart[m + 1] > candStart[m]) markOpen(m);
  const startOpen = Int32Array.from(openByClass);
  const bestOpen = Int32Array.from(openByClass);
  const tabuUntil = new Float64Array(candList.length);
  const best = Int32Array.from(state.slotOf);
  const ejected = new Int32Array(8);
  let ejectedCount = 0;
  const out = new Int32Array(8);

  const saturated = (m: number) => {
    for (let k = partStart[m]; k < partStart[m + 1]; k++)
      if (state.placedOf[partList[k]] >= capacity[partList[k]]) return true;
    return false;
  };
  /** Meetings `m` would push out of `s` into `out`; -1 when one of them may not leave. */
  const ejections = (m: number, s: number): number => {
    let count = 0;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const holder = state.busy[partList[k] * slotCount + s];
      if (holder < 0 || listed(out, count, holder)) continue;
      if (state.pinned[holder] || classOf[holder] > priorityClass || count === out.length) return -1;
      out[count++] = holder;
    }
    if (count === 0 && state.load[s] >= tables) {
      const members = state.members[s];
      const victim = members[random.int(members.length)];
      if (state.pinned[victim] || classOf[victim] > priorityClass) return -1;
      out[count++] = victim;
    }
    return count;
  };
  const better = (a: Int32Array, b: Int32Array) => {
    for (let h = 0; h <= priorityClass; h++) if (a[h] !== b[h]) return a[h] < b[h];
    return false;
  };
  const done = () => {
    for (let h = 0; h < priorityClass; h++) if (openByClass[h] > startOpen[h]) return false;
    return openByClass[priorityClass] <= enough;
  };

  const patience = iterations * PATIENCE_SHARE;
  const roomy: number[] = [];
  let lastGain = 0;
  // With every unplaced meeting behind a saturated participant only swaps remain: less patience.
  const stalled = (iteration: number) =>
    iteration - lastGain >= Math.max(MIN_PATIENCE, roomy.length > 0 ? patience : patience / 4);
  for (let iteration = 0; iteration < iterations && !done() && !stalled(iteration); iteration++) {
    if (iteration % REFRESH === 0) {
      roomy.length = 0;
      for (let i = 0; i < open.size; i++) if (!saturated(open.at(i))) roomy.push(open.at(i));
    }
    let m = open.at(random.int(open.size));
    if (roomy.length > 0 && random.next() < FOCUS) {
      const pick = roomy[random.int(roomy.length)];
      if (state.slotOf[pick] < 0) m = pick;
    }
    let bestDelta = -Infinity;
    let bestSlot = -1;
    let ties = 0;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const count = ejections(m, candList[c]);
      if (count < 0) continue;
      let delta = value(m);
      for (let i = 0; i < count; i++) delta -= value(out[i]);
      if ((delta <= 0 && tabuUntil[c] > iteration) || delta < bestDelta) continue;
      if (delta > bestDelta) {
        bestDelta = delta;
        ties = 0;
      }
      if (random.int(++ties) === 0) {
        bestSlot = candList[c];
        ejected.set(out.subarray(0, count));
        ejectedCount = count;
      }
    }
    if (bestSlot < 0 || (bestDelta < 0 && random.next() >= WORSENING)) continue;
    const tenure = iteration + 10 + random.int(10) + 0.6 * open.size;
    for (let i = 0; i < ejectedCount; i++) {
      const x = ejected[i];
      tabuUntil[candidateIndex(model, x, bestSlot)] = tenure;
      state.remove(x);
      markOpen(x);
    }
    state.place(m, bestSlot);
    open.delete(m);
    openByClass[classOf[m]]--;
    if (better(openByClass, bestOpen)) {
      bestOpen.set(openByClass);
      best.set(state.slotOf);
      lastGain = iteration;
    }
  }
  restore(state, best);
}

function listed(items: Int32Array, count: number, item: number): boolean {
  for (let i = 0; i < count; i++) if (items[i] === item) return true;
  return false;
}

/** Puts the state back to the slots recorded in `target`. */
function restore(state: ScheduleState, target: Int32Array): void {
  for (let m = 0; m < target.length; m++)
    if (state.slotOf[m] >= 0 && state.slotOf[m] !== target[m]) state.remove(m);
  for (let m = 0; m < target.length; m++)
    if (state.slotOf[m] < 0 && target[m] >= 0) state.place(m, target[m]);
}

/** A set of meeting indices with O(1) add, delete and indexed access (for random picks). */
class OpenSet {
  private readonly items: number[] = [];
  private readonly position: Int32Array;

  constructor(capacity: number) {
    this.position = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.items.length;
  }

  at(index: number): number {
    return this.items[index];
  }

  add(item: number): void {
    if (this.position[item] >= 0) return;
    this.position[item] = this.items.length;
    this.items.push(item);
  }

  delete(item: number): void {
    const at = this.position[item];
    if (at < 0) return;
    const last = this.items.pop() as number;
    if (last !== item) {
      this.items[at] = last;
      this.position[last] = at;
    }
    this.position[item] = -1;
  }
}
