import { candidateIndex, type SchedulingModel } from './model.js';
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
/** The depth of a meeting that may not leave its slot (pinned, or of a class below the one searched). */
const STAYS = 255;

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
 * depends on the seed alone. Returns the iterations run.
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
): number {
  const { model } = state;
  const { candStart, candList, partStart, partList, slotCount, tables } = model;
  const { busy, placedOf, slotOf } = state;
  const classOf = model.priorityClass;
  const open = new OpenSet(model);
  const openByClass = new Int32Array(priorityClass + 1);
  // A meeting's weight depends only on its class's depth below the one searched (at most DEPTH):
  // one byte per meeting, which stays in cache, instead of a class and a pinned flag to look up.
  const weights = Float64Array.from({ length: DEPTH + 1 }, (_, depth) => BASE ** depth);
  const depthOf = new Uint8Array(model.meetingCount).fill(STAYS);
  for (let m = 0; m < model.meetingCount; m++)
    if (!state.pinned[m] && classOf[m] <= priorityClass)
      depthOf[m] = Math.min(DEPTH, priorityClass - classOf[m]);
  // Per participant, saturated or not, kept up to date move by move: the periodic refresh of the
  // roomy meetings (a third of the search's time before) then reads one byte per participant,
  // which stays in cache, instead of a count and a capacity.
  const full = new Uint8Array(model.participantCount);
  const updateFull = (p: number) => {
    full[p] = placedOf[p] >= capacity[p] ? 1 : 0;
  };
  for (let p = 0; p < model.participantCount; p++) updateFull(p);
  const markOpen = (m: number) => {
    open.add(m);
    openByClass[classOf[m]]++;
  };
  for (const m of unplaced) if (slotOf[m] < 0 && candStart[m + 1] > candStart[m]) markOpen(m);
  const startOpen = Int32Array.from(openByClass);
  const bestOpen = Int32Array.from(openByClass);
  // Integer tenures (rounded up) compare with the integer iteration exactly as the fractional ones.
  const tabuUntil = new Int32Array(candList.length);
  const best = Int32Array.from(slotOf);
  // The best move's ejections and the candidate's being counted: swapped, never copied.
  let ejected = new Int32Array(8);
  let ejectedCount = 0;
  let out = new Int32Array(8);

  /** Meetings `m` would push out of `s` into `out`; -1 when one of them may not leave. */
  const ejections = (m: number, s: number): number => {
    let count = 0;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const holder = busy[partList[k] * slotCount + s];
      if (holder < 0 || listed(out, count, holder)) continue;
      if (depthOf[holder] === STAYS || count === out.length) return -1;
      out[count++] = holder;
    }
    if (count === 0 && state.load[s] >= tables) {
      const members = state.members[s];
      const victim = members[random.int(members.length)];
      if (depthOf[victim] === STAYS) return -1;
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
  const roomy = new Int32Array(model.meetingCount);
  let roomyCount = 0;
  let lastGain = 0;
  // With every unplaced meeting behind a saturated participant only swaps remain: less patience.
  const stalled = (iteration: number) =>
    iteration - lastGain >= Math.max(MIN_PATIENCE, roomyCount > 0 ? patience : patience / 4);
  let iteration = 0;
  for (; iteration < iterations && !done() && !stalled(iteration); iteration++) {
    if (iteration % REFRESH === 0) {
      roomyCount = open.unsaturated(full, roomy);
    }
    let m = open.at(random.int(open.size));
    if (roomyCount > 0 && random.next() < FOCUS) {
      const pick = roomy[random.int(roomyCount)];
      if (slotOf[pick] < 0) m = pick;
    }
    let bestDelta = -Infinity;
    let bestSlot = -1;
    let ties = 0;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const count = ejections(m, candList[c]);
      if (count < 0) continue;
      let delta = weights[depthOf[m]];
      for (let i = 0; i < count; i++) delta -= weights[depthOf[out[i]]];
      if ((delta <= 0 && tabuUntil[c] > iteration) || delta < bestDelta) continue;
      if (delta > bestDelta) {
        bestDelta = delta;
        ties = 0;
      }
      if (random.int(++ties) === 0) {
        bestSlot = candList[c];
        const swap = ejected;
        ejected = out;
        out = swap;
        ejectedCount = count;
      }
    }
    if (bestSlot < 0 || (bestDelta < 0 && random.next() >= WORSENING)) continue;
    const tenure = Math.ceil(iteration + 10 + random.int(10) + 0.6 * open.size);
    for (let i = 0; i < ejectedCount; i++) {
      const x = ejected[i];
      tabuUntil[candidateIndex(model, x, bestSlot)] = tenure;
      state.remove(x);
      markOpen(x);
    }
    state.place(m, bestSlot);
    open.delete(m);
    openByClass[classOf[m]]--;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) updateFull(partList[k]);
    for (let i = 0; i < ejectedCount; i++)
      for (let k = partStart[ejected[i]]; k < partStart[ejected[i] + 1]; k++) updateFull(partList[k]);
    if (better(openByClass, bestOpen)) {
      bestOpen.set(openByClass);
      best.set(slotOf);
      lastGain = iteration;
    }
  }
  restore(state, best);
  return iteration;
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

/**
 * A set of meeting indices with O(1) add, delete and indexed access (for random picks). Each entry
 * also keeps its meeting's two participants (-1 when it has more), so that the refresh of the
 * roomy meetings reads them in order instead of looking every meeting up.
 */
class OpenSet {
  size = 0;
  private readonly items: Int32Array;
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly position: Int32Array;

  constructor(private readonly model: SchedulingModel) {
    this.items = new Int32Array(model.meetingCount);
    this.first = new Int32Array(model.meetingCount);
    this.second = new Int32Array(model.meetingCount);
    this.position = new Int32Array(model.meetingCount).fill(-1);
  }

  at(index: number): number {
    return this.items[index];
  }

  add(item: number): void {
    if (this.position[item] >= 0) return;
    const { partStart, partList } = this.model;
    const at = this.size++;
    const pair = partStart[item + 1] - partStart[item] === 2;
    this.position[item] = at;
    this.items[at] = item;
    this.first[at] = pair ? partList[partStart[item]] : -1;
    this.second[at] = pair ? partList[partStart[item] + 1] : -1;
  }

  delete(item: number): void {
    const at = this.position[item];
    if (at < 0) return;
    const last = --this.size;
    if (at !== last) {
      this.items[at] = this.items[last];
      this.first[at] = this.first[last];
      this.second[at] = this.second[last];
      this.position[this.items[at]] = at;
    }
    this.position[item] = -1;
  }

  /** Writes the meetings none of whose participants is `full`, in set order, into `into`; returns their count. */
  unsaturated(full: Uint8Array, into: Int32Array): number {
    const { partStart, partList } = this.model;
    let count = 0;
    for (let i = 0; i < this.size; i++) {
      const m = this.items[i];
      let saturated = false;
      if (this.first[i] >= 0) saturated = full[this.first[i]] === 1 || full[this.second[i]] === 1;
      else
        for (let k = partStart[m]; k < partStart[m + 1] && !saturated; k++)
          saturated = full[partList[k]] === 1;
      if (!saturated) into[count++] = m;
    }
    return count;
  }
}
