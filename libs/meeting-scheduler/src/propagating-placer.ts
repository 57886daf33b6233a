import { IndexedHeap } from './indexed-heap.js';
import { isCandidate, type SchedulingModel } from './model.js';
import type { ScheduleState } from './schedule-state.js';

/** Slots to spare (available beyond their meetings) at which a participant counts as tightly booked. */
const TIGHT_SPARE = 2;
/** Share of participants tightly booked from which the placer below starts the schedule instead of the greedy one. */
const TIGHT_SHARE = 0.6;

/**
 * True when most participants can attend barely more slots than they have meetings: then their
 * days are a puzzle with a hidden answer rather than a choice among many, and propagating what is
 * forced starts the schedule better than the greedy placer (measured on planted instances with
 * 80–100% of people cut down to their meetings' slots; below that the greedy start does as well
 * and costs less).
 */
export function tightlyBooked(model: SchedulingModel): boolean {
  const { participantCount, meetingsOfStart, slotCount, available, words } = model;
  let meeting = 0;
  let tight = 0;
  for (let p = 0; p < participantCount; p++) {
    const meetings = meetingsOfStart[p + 1] - meetingsOfStart[p];
    if (meetings === 0) continue;
    meeting++;
    let slots = 0;
    for (let s = 0; s < slotCount; s++) if (available[p * words + (s >>> 5)] & (1 << (s & 31))) slots++;
    if (slots - meetings <= TIGHT_SPARE) tight++;
  }
  return meeting > 0 && tight >= TIGHT_SHARE * meeting;
}

const PENDING = 1;
const DONE = 2;

/**
 * Places meetings as one solves a sudoku: what is forced first, a choice only when nothing is.
 *
 * A participant is _over-asked_ when their meetings outnumber their capacity (see
 * participantCapacities); a meeting none of whose participants is over-asked is _required_: in a
 * schedule that reaches the deficit bound, every such meeting is placed and every over-asked
 * participant fills their capacity. Two rules follow, applied until neither applies:
 * - a required meeting with one open slot left takes it (a naked single);
 * - a participant who must fill every slot still open to them (their required meetings, or the
 *   rest of their capacity, at least as many as those slots) fills a slot that only one of their
 *   pending meetings can take with that meeting (a hidden single).
 * A participant at capacity lets their other pending meetings go, and a meeting without an open
 * slot is left out. When nothing is forced, the pending meeting with the fewest open slots
 * (required ones first) takes the open slot its participants' other meetings want least, unless
 * that would strand a required meeting (leave it without a slot) and another slot would not.
 */
export class PropagatingPlacer {
  private readonly status: Uint8Array;
  private readonly openCount: Int32Array;
  private readonly required: Uint8Array;
  private readonly overAsked: Uint8Array;
  /** `participant * slotCount + slot`: pending meetings that count for the participant and can take the slot. */
  private readonly slotWanted: Int32Array;
  /** Per participant: how many more of their meetings must be placed (see the class comment). */
  private readonly need: Int32Array;
  private readonly pendingOf: Int32Array;
  private readonly queued: Uint8Array;
  private readonly queue: Int32Array;
  private head = 0;
  private tail = 0;
  /** Required meetings down to one open slot, first come first served (so ties keep the input order). */
  private readonly forced: number[] = [];
  private forcedHead = 0;
  private readonly touched: Int32Array;
  private round = 0;
  private readonly heap: IndexedHeap;
  private capacity: Int32Array = new Int32Array(0);
  private unplaced: number[] = [];

  constructor(
    private readonly state: ScheduleState,
    private readonly slotMeetings: { start: Int32Array; list: Int32Array },
  ) {
    const { meetingCount, participantCount, slotCount } = state.model;
    this.status = new Uint8Array(meetingCount);
    this.openCount = new Int32Array(meetingCount);
    this.required = new Uint8Array(meetingCount);
    this.overAsked = new Uint8Array(participantCount);
    this.slotWanted = new Int32Array(participantCount * slotCount);
    this.need = new Int32Array(participantCount);
    this.pendingOf = new Int32Array(participantCount);
    this.queued = new Uint8Array(participantCount);
    this.queue = new Int32Array(participantCount);
    this.touched = new Int32Array(meetingCount);
    const { required, openCount } = this;
    this.heap = new IndexedHeap(
      meetingCount,
      (a, b) =>
        required[a] > required[b] ||
        (required[a] === required[b] &&
          (openCount[a] < openCount[b] || (openCount[a] === openCount[b] && a < b))),
    );
  }

  /** Places what it can of `meetings`; `capacity` as from participantCapacities. Returns the others. */
  place(meetings: number[], capacity: Int32Array): number[] {
    const { state, status, required, overAsked, need, pendingOf } = this;
    const { partStart, partList, slotCount } = state.model;
    this.capacity = capacity;
    for (const m of meetings) {
      status[m] = PENDING;
      for (let k = partStart[m]; k < partStart[m + 1]; k++) pendingOf[partList[k]]++;
    }
    for (const m of meetings)
      for (let k = partStart[m]; k < partStart[m + 1]; k++) {
        const p = partList[k];
        overAsked[p] = state.placedOf[p] + pendingOf[p] > capacity[p] ? 1 : 0;
        need[p] = overAsked[p] ? capacity[p] - state.placedOf[p] : 0;
      }
    for (const m of meetings) {
      required[m] = 1;
      for (let k = partStart[m]; k < partStart[m + 1]; k++) if (overAsked[partList[k]]) required[m] = 0;
      if (required[m]) for (let k = partStart[m]; k < partStart[m + 1]; k++) need[partList[k]]++;
    }
    for (const m of meetings) this.countOpenSlots(m);
    for (const m of meetings) {
      this.heap.push(m);
      for (let k = partStart[m]; k < partStart[m + 1]; k++) this.enqueue(partList[k]);
      this.checkSingle(m);
    }
    for (;;) {
      this.propagate();
      let m = -1;
      while (this.heap.length > 0 && m < 0) {
        const top = this.heap.pop();
        if (status[top] === PENDING) m = top;
      }
      if (m < 0) break;
      this.choose(m);
    }
    for (const m of meetings) {
      status[m] = 0;
      for (let k = partStart[m]; k < partStart[m + 1]; k++) {
        const p = partList[k];
        need[p] = overAsked[p] = pendingOf[p] = 0;
        this.slotWanted.fill(0, p * slotCount, (p + 1) * slotCount);
      }
    }
    const unplaced = this.unplaced;
    this.unplaced = [];
    return unplaced;
  }

  private counts(m: number, p: number): boolean {
    return this.overAsked[p] === 1 || this.required[m] === 1;
  }

  private countOpenSlots(m: number): void {
    const { state, slotWanted } = this;
    const { candStart, candList, partStart, partList, slotCount } = state.model;
    this.openCount[m] = 0;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const s = candList[c];
      if (!state.fits(m, s)) continue;
      this.openCount[m]++;
      for (let k = partStart[m]; k < partStart[m + 1]; k++)
        if (this.counts(m, partList[k])) slotWanted[partList[k] * slotCount + s]++;
    }
  }

  /** A meeting left without an open slot is out; a required one with a single slot is forced. */
  private checkSingle(m: number): void {
    if (this.openCount[m] === 0) this.drop(m);
    else if (this.openCount[m] === 1 && this.required[m]) this.forced.push(m);
  }

  /** One fewer meeting can fill p's slot: p may now have a hidden single, or none left for that slot. */
  private lessWanted(p: number, at: number): void {
    if (--this.slotWanted[at] <= 1) this.enqueue(p);
  }

  private enqueue(p: number): void {
    if (this.queued[p]) return;
    this.queued[p] = 1;
    this.queue[this.tail] = p;
    this.tail = (this.tail + 1) % this.queue.length;
  }

  /** Applies the naked and hidden singles until neither applies. */
  private propagate(): void {
    const { state, status, openCount, forced } = this;
    const { candStart, candList } = state.model;
    for (;;) {
      if (this.forcedHead < forced.length) {
        const m = forced[this.forcedHead++];
        if (this.forcedHead === forced.length) forced.length = this.forcedHead = 0;
        if (status[m] !== PENDING || openCount[m] !== 1) continue;
        for (let c = candStart[m]; c < candStart[m + 1]; c++)
          if (state.fits(m, candList[c])) {
            this.commit(m, candList[c]);
            break;
          }
      } else if (this.head !== this.tail) {
        const p = this.queue[this.head];
        this.head = (this.head + 1) % this.queue.length;
        this.queued[p] = 0;
        this.hiddenSingles(p);
      } else return;
    }
  }

  /** If p must fill every slot still open to them, a slot only one of their meetings can take gets it. */
  private hiddenSingles(p: number): void {
    const { state, slotWanted, status } = this;
    const { model } = state;
    const { slotCount, meetingsOfStart, meetingsOfList } = model;
    if (this.need[p] <= 0) return;
    const base = p * slotCount;
    let open = 0;
    for (let s = 0; s < slotCount; s++)
      if (state.busy[base + s] < 0 && slotWanted[base + s] > 0 && ++open > this.need[p]) return;
    for (let s = 0; s < slotCount; s++) {
      if (state.busy[base + s] >= 0 || slotWanted[base + s] !== 1) continue;
      for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) {
        const o = meetingsOfList[j];
        if (status[o] === PENDING && this.counts(o, p) && isCandidate(model, o, s) && state.fits(o, s)) {
          this.commit(o, s);
          break;
        }
      }
    }
  }

  /** Nothing is forced: m takes its least wanted open slot that strands no required meeting. */
  private choose(m: number): void {
    const { state, slotWanted } = this;
    const { candStart, candList, partStart, partList, slotCount, tables } = state.model;
    const slots: number[] = [];
    const scores: number[] = [];
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const s = candList[c];
      if (!state.fits(m, s)) continue;
      let score = 1 / (tables - state.load[s]);
      for (let k = partStart[m]; k < partStart[m + 1]; k++) score += slotWanted[partList[k] * slotCount + s];
      slots.push(s);
      scores.push(score);
    }
    if (slots.length === 0) {
      this.drop(m);
      return;
    }
    const order = slots.map((_, i) => i).sort((a, b) => scores[a] - scores[b] || slots[a] - slots[b]);
    const chosen = order.find((i, rank) => rank === order.length - 1 || !this.strands(m, slots[i])) as number;
    this.commit(m, slots[chosen]);
  }

  /** True when placing m in s would leave some required pending meeting without an open slot. */
  private strands(m: number, s: number): boolean {
    const { state, status, required, openCount, slotMeetings, capacity } = this;
    const { model } = state;
    const { partStart, partList, meetingsOfStart, meetingsOfList, tables } = model;
    const lastOpen = (o: number) =>
      o !== m && status[o] === PENDING && required[o] === 1 && openCount[o] === 1;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const p = partList[k];
      const full = state.placedOf[p] + 1 >= capacity[p];
      for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) {
        const o = meetingsOfList[j];
        if (o === m || status[o] !== PENDING) continue;
        if (full && required[o]) return true;
        if (lastOpen(o) && isCandidate(model, o, s) && state.fits(o, s)) return true;
      }
    }
    if (state.load[s] + 1 < tables) return false;
    for (let j = slotMeetings.start[s]; j < slotMeetings.start[s + 1]; j++) {
      const o = slotMeetings.list[j];
      if (lastOpen(o) && state.fits(o, s)) return true;
    }
    return false;
  }

  /** m is no longer pending: the slots it could take lose it. */
  private release(m: number): void {
    const { state } = this;
    const { candStart, candList, partStart, partList, slotCount } = state.model;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const s = candList[c];
      if (!state.fits(m, s)) continue;
      for (let k = partStart[m]; k < partStart[m + 1]; k++) {
        const p = partList[k];
        if (this.counts(m, p)) this.lessWanted(p, p * slotCount + s);
      }
    }
    this.status[m] = DONE;
  }

  private drop(m: number): void {
    if (this.status[m] !== PENDING) return;
    const { partStart, partList } = this.state.model;
    this.release(m);
    this.unplaced.push(m);
    if (!this.required[m]) return;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      this.need[partList[k]]--;
      this.enqueue(partList[k]);
    }
  }

  /** Pending meeting o can no longer take slot s. */
  private close(o: number, s: number): void {
    const { partStart, partList, slotCount } = this.state.model;
    this.openCount[o]--;
    this.heap.update(o);
    for (let k = partStart[o]; k < partStart[o + 1]; k++) {
      const p = partList[k];
      if (this.counts(o, p)) this.lessWanted(p, p * slotCount + s);
    }
    this.checkSingle(o);
  }

  private commit(m: number, s: number): void {
    const { state, status, touched, slotMeetings, capacity } = this;
    const { model } = state;
    const { partStart, partList, meetingsOfStart, meetingsOfList, tables } = model;
    const round = ++this.round;
    this.release(m);
    const closing: number[] = [];
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const p = partList[k];
      for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) {
        const other = meetingsOfList[j];
        if (touched[other] === round || status[other] !== PENDING) continue;
        touched[other] = round;
        if (isCandidate(model, other, s) && state.fits(other, s)) closing.push(other);
      }
    }
    state.place(m, s);
    for (const o of closing) if (status[o] === PENDING) this.close(o, s);
    if (state.load[s] >= tables) {
      for (let j = slotMeetings.start[s]; j < slotMeetings.start[s + 1]; j++) {
        const other = slotMeetings.list[j];
        if (status[other] === PENDING && participantsFree(state, other, s)) this.close(other, s);
      }
    }
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const p = partList[k];
      if (this.counts(m, p)) this.need[p]--;
      this.enqueue(p);
      if (state.placedOf[p] >= capacity[p])
        for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) this.drop(meetingsOfList[j]);
    }
  }
}

function participantsFree(state: ScheduleState, m: number, s: number): boolean {
  const { partStart, partList, slotCount } = state.model;
  for (let k = partStart[m]; k < partStart[m + 1]; k++)
    if (state.busy[partList[k] * slotCount + s] >= 0) return false;
  return true;
}
