import { IndexedHeap } from './indexed-heap.js';
import { isCandidate } from './model.js';
import type { ScheduleState } from './schedule-state.js';

/** Table pressure against participant pressure when choosing a slot; tuned on the benchmarks. */
const TABLE_WEIGHT = 1;

/**
 * Places meetings one at a time, most constrained first: the meeting with the fewest slots still
 * open to it (DSatur), ties to the one whose participants are the most over-asked. Each goes to
 * the open slot that its participants' other pending meetings and the slot's other pending
 * meetings want least. Buffers are kept across calls (one per priority class), so that many
 * classes cost no more than one.
 */
export class GreedyPlacer {
  private readonly options: Int32Array;
  private readonly tightness: Float64Array;
  /** `participant * slotCount + slot`: how much the participant's pending meetings want the slot. */
  private readonly demand: Float64Array;
  private readonly slotDemand: Float64Array;
  private readonly pendingOf: Int32Array;
  private readonly touched: Int32Array;
  private readonly heap: IndexedHeap;
  private round = 0;

  constructor(
    private readonly state: ScheduleState,
    private readonly slotMeetings: { start: Int32Array; list: Int32Array },
  ) {
    const { meetingCount, participantCount, slotCount } = state.model;
    this.options = new Int32Array(meetingCount);
    this.tightness = new Float64Array(meetingCount);
    this.demand = new Float64Array(participantCount * slotCount);
    this.slotDemand = new Float64Array(slotCount);
    this.pendingOf = new Int32Array(participantCount);
    this.touched = new Int32Array(meetingCount);
    const { options, tightness } = this;
    this.heap = new IndexedHeap(
      meetingCount,
      (a, b) =>
        options[a] < options[b] ||
        (options[a] === options[b] &&
          (tightness[a] > tightness[b] || (tightness[a] === tightness[b] && a < b))),
    );
  }

  /** Places what it can of `meetings`; `capacity` as from participantCapacities. Returns the others. */
  place(meetings: number[], capacity: Int32Array): number[] {
    const { state, options, tightness, pendingOf, heap } = this;
    const { partStart, partList, candStart, candList } = state.model;
    for (const m of meetings) for (let k = partStart[m]; k < partStart[m + 1]; k++) pendingOf[partList[k]]++;
    for (const m of meetings) {
      options[m] = 0;
      for (let c = candStart[m]; c < candStart[m + 1]; c++) if (state.fits(m, candList[c])) options[m]++;
      tightness[m] = 0;
      for (let k = partStart[m]; k < partStart[m + 1]; k++) {
        const p = partList[k];
        tightness[m] += pendingOf[p] / Math.max(1, capacity[p] - state.placedOf[p]);
      }
      this.addDemand(m, 1);
    }
    for (const m of meetings) heap.push(m);

    const unplaced: number[] = [];
    while (heap.length > 0) {
      const m = heap.pop();
      this.addDemand(m, -1);
      const s = options[m] > 0 ? this.bestSlot(m) : -1;
      if (s < 0) unplaced.push(m);
      else this.commit(m, s);
    }
    // Clear the buffers exactly rather than trusting the float sums to cancel out.
    for (const m of meetings) {
      for (let k = partStart[m]; k < partStart[m + 1]; k++) pendingOf[partList[k]] = 0;
      this.addDemand(m, 0);
    }
    return unplaced;
  }

  /** Adds `sign` times m's share to the demand of its slots; 0 resets those entries. */
  private addDemand(m: number, sign: number): void {
    const { candStart, candList, partStart, partList, slotCount } = this.state.model;
    const share = sign / (candStart[m + 1] - candStart[m]);
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const s = candList[c];
      this.slotDemand[s] = sign === 0 ? 0 : this.slotDemand[s] + share;
      for (let k = partStart[m]; k < partStart[m + 1]; k++) {
        const at = partList[k] * slotCount + s;
        this.demand[at] = sign === 0 ? 0 : this.demand[at] + share;
      }
    }
  }

  private bestSlot(m: number): number {
    const { state, demand, slotDemand } = this;
    const { candStart, candList, partStart, partList, slotCount, tables } = state.model;
    let best = -1;
    let bestScore = Infinity;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const s = candList[c];
      if (!state.fits(m, s)) continue;
      let score = (TABLE_WEIGHT * slotDemand[s]) / (tables - state.load[s]);
      for (let k = partStart[m]; k < partStart[m + 1]; k++) score += demand[partList[k] * slotCount + s];
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  /** Places m in s and takes s off the open slots of the pending meetings it now blocks. */
  private commit(m: number, s: number): void {
    const { state, options, heap, touched, slotMeetings } = this;
    const { model } = state;
    const { partStart, partList, meetingsOfStart, meetingsOfList, tables } = model;
    const round = ++this.round;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const p = partList[k];
      for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) {
        const other = meetingsOfList[j];
        if (touched[other] === round || !heap.has(other)) continue;
        touched[other] = round;
        if (isCandidate(model, other, s) && state.fits(other, s)) {
          options[other]--;
          heap.update(other);
        }
      }
    }
    state.place(m, s);
    if (state.load[s] < tables) return;
    for (let j = slotMeetings.start[s]; j < slotMeetings.start[s + 1]; j++) {
      const other = slotMeetings.list[j];
      if (heap.has(other) && participantsFree(state, other, s)) {
        options[other]--;
        heap.update(other);
      }
    }
  }
}

function participantsFree(state: ScheduleState, m: number, s: number): boolean {
  const { partStart, partList, slotCount } = state.model;
  for (let k = partStart[m]; k < partStart[m + 1]; k++)
    if (state.busy[partList[k] * slotCount + s] >= 0) return false;
  return true;
}
