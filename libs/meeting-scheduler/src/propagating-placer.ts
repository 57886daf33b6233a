import { IndexedHeap } from './indexed-heap.js';
import { WorkQueue } from './work-queue.js';
import { candidateIndex, type SchedulingModel } from './model.js';
import { type PendingView, PersonMatching } from './person-matching.js';
import type { ScheduleState } from './schedule-state.js';

const PENDING = 1;
const DONE = 2;

/**
 * Places meetings as one solves a sudoku: what is forced first, a choice only when nothing is.
 *
 * A participant is _over-asked_ when their meetings outnumber their capacity (see
 * participantCapacities); a meeting none of whose participants is over-asked is _required_: in a
 * schedule that reaches the deficit bound, every such meeting is placed and every over-asked
 * participant fills their capacity. Three rules follow, applied until none applies:
 * - a required meeting with one open slot left takes it (a naked single);
 * - a participant who must fill every slot still open to them (their required meetings, or the
 *   rest of their capacity, at least as many as those slots) fills a slot that only one of their
 *   pending meetings can take with that meeting (a hidden single);
 * - once no single is left, the matching filter (PersonMatching) closes the meeting-slot pairs no
 *   schedule of a participant can use, and makes required a meeting that every way of filling an
 *   over-asked participant's slots needs.
 * A participant at capacity lets their other pending meetings go, and a meeting without an open
 * slot is left out. When nothing is forced, the pending meeting with the fewest open slots
 * (required ones first) takes the open slot its participants' other meetings want least, unless
 * that would strand a required meeting (leave it without a slot) and another slot would not.
 */
export class PropagatingPlacer implements PendingView {
  readonly model: SchedulingModel;
  private readonly status: Uint8Array;
  /**
   * Per candidate (index into candList) of a pending meeting: 1 once it can no longer take that
   * slot (a participant is busy there, its tables are taken, or the matching filter ruled the pair
   * out). Kept up to date by `close`, so openness is read from one array instead of the occupancy.
   */
  private readonly closed: Uint8Array;
  private readonly matching: PersonMatching;
  private readonly openCount: Int32Array;
  private readonly required: Uint8Array;
  private readonly overAsked: Uint8Array;
  /** `participant * slotCount + slot`: pending meetings that count for the participant and can take the slot. */
  private readonly slotWanted: Int32Array;
  /** Per participant: how many more of their meetings must be placed (see the class comment). */
  private readonly need: Int32Array;
  private readonly pendingOf: Int32Array;
  /** Participants to look at for hidden singles, then (once no single is left) for the matching filter. */
  private readonly singles: WorkQueue;
  private readonly matchings: WorkQueue;
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
    const { meetingCount, participantCount, slotCount, candList } = state.model;
    this.model = state.model;
    this.status = new Uint8Array(meetingCount);
    this.closed = new Uint8Array(candList.length);
    this.openCount = new Int32Array(meetingCount);
    this.required = new Uint8Array(meetingCount);
    this.overAsked = new Uint8Array(participantCount);
    this.slotWanted = new Int32Array(participantCount * slotCount);
    this.need = new Int32Array(participantCount);
    this.pendingOf = new Int32Array(participantCount);
    this.singles = new WorkQueue(participantCount);
    this.matchings = new WorkQueue(participantCount);
    this.touched = new Int32Array(meetingCount);
    const { required, openCount } = this;
    this.heap = new IndexedHeap(
      meetingCount,
      (a, b) =>
        required[a] > required[b] ||
        (required[a] === required[b] &&
          (openCount[a] < openCount[b] || (openCount[a] === openCount[b] && a < b))),
    );
    this.matching = new PersonMatching(this);
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
    const { candStart } = state.model;
    for (const m of meetings) {
      status[m] = 0;
      this.closed.fill(0, candStart[m], candStart[m + 1]);
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

  counts(m: number, p: number): boolean {
    return this.overAsked[p] === 1 || this.required[m] === 1;
  }

  pending(m: number): boolean {
    return this.status[m] === PENDING;
  }

  openSlots(m: number): number {
    return this.openCount[m];
  }

  openSlotCount(p: number): number {
    const { slotWanted } = this;
    const { slotCount } = this.model;
    let open = 0;
    for (let at = p * slotCount; at < (p + 1) * slotCount; at++) if (slotWanted[at] > 0) open++;
    return open;
  }

  open(c: number): boolean {
    return this.closed[c] === 0;
  }

  isOverAsked(p: number): boolean {
    return this.overAsked[p] === 1;
  }

  stillNeeded(p: number): number {
    return this.need[p];
  }

  /** True when pending meeting m may still take slot s. */
  private openAt(m: number, s: number): boolean {
    const c = candidateIndex(this.model, m, s);
    return c >= 0 && this.closed[c] === 0;
  }

  /** The matching filter rules out m's candidate slot at index c. */
  ban(m: number, c: number): void {
    if (this.status[m] === PENDING) this.close(m, c);
  }

  private countOpenSlots(m: number): void {
    const { state, slotWanted } = this;
    const { candStart, candList, partStart, partList, slotCount } = state.model;
    this.openCount[m] = 0;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const s = candList[c];
      this.closed[c] = state.fits(m, s) ? 0 : 1;
      if (this.closed[c]) continue;
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
    if (--this.slotWanted[at] <= 1) this.singles.push(p);
    this.matchings.push(p);
  }

  private enqueue(p: number): void {
    this.singles.push(p);
    this.matchings.push(p);
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
          if (this.open(c)) {
            this.commit(m, candList[c]);
            break;
          }
      } else if (!this.singles.empty) {
        this.hiddenSingles(this.singles.pop());
      } else if (!this.matchings.empty) {
        this.matching.run(this.matchings.pop());
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
        if (status[o] === PENDING && this.counts(o, p) && this.openAt(o, s)) {
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
      if (!this.open(c)) continue;
      let score = 1 / (tables - state.load[s]);
      for (let k = partStart[m]; k < partStart[m + 1]; k++) {
        score += slotWanted[partList[k] * slotCount + s];
      }
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
        if (lastOpen(o) && this.openAt(o, s)) return true;
      }
    }
    if (state.load[s] + 1 < tables) return false;
    for (let j = slotMeetings.start[s]; j < slotMeetings.start[s + 1]; j++) {
      const o = slotMeetings.list[j];
      if (lastOpen(o) && this.openAt(o, s)) return true;
    }
    return false;
  }

  /** m is no longer pending: the slots it could take lose it. */
  private release(m: number): void {
    const { state } = this;
    const { candStart, candList, partStart, partList, slotCount } = state.model;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const s = candList[c];
      if (!this.open(c)) continue;
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
      if (!this.overAsked[partList[k]]) this.need[partList[k]]--;
      this.enqueue(partList[k]);
    }
  }

  /** m becomes required: the participants it did not count for so far must now make room for it. */
  require(m: number): void {
    const { state, status, required, overAsked, need, slotWanted } = this;
    const { candStart, candList, partStart, partList, slotCount } = state.model;
    if (status[m] !== PENDING || required[m]) return;
    required[m] = 1;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const p = partList[k];
      if (overAsked[p]) continue;
      need[p]++;
      for (let c = candStart[m]; c < candStart[m + 1]; c++)
        if (this.open(c)) slotWanted[p * slotCount + candList[c]]++;
      this.enqueue(p);
    }
    this.heap.update(m);
    this.checkSingle(m);
  }

  /** Pending meeting o can no longer take its candidate slot at index c. */
  private close(o: number, c: number): void {
    const { partStart, partList, slotCount, candList } = this.state.model;
    if (this.closed[c]) return;
    this.closed[c] = 1;
    const s = candList[c];
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
    state.place(m, s);
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const p = partList[k];
      for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) {
        const other = meetingsOfList[j];
        if (touched[other] === round || status[other] !== PENDING) continue;
        touched[other] = round;
        const c = candidateIndex(model, other, s);
        if (c >= 0) this.close(other, c);
      }
    }
    if (state.load[s] >= tables) {
      for (let j = slotMeetings.start[s]; j < slotMeetings.start[s + 1]; j++) {
        const other = slotMeetings.list[j];
        if (status[other] === PENDING) this.close(other, candidateIndex(model, other, s));
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
