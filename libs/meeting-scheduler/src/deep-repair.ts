import type { EjectionChains } from './ejection-chain.js';
import type { ScheduleState } from './schedule-state.js';

/** Chain budget inside the deeper moves, smaller than the first pass's: they try many chains each. */
const INNER_BUDGET = 300;
/** Chain searches one deeper move may start, so that a hopeless meeting costs a bounded time. */
const ATTEMPTS_PER_MOVE = 400;

/**
 * The moves beyond single ejection chains, each tried tentatively and taken back unless it gains:
 *
 * - `insert`: the meeting takes a slot where two different meetings hold its participants; both
 *   are pushed out and re-placed, recursively (a tree of chains instead of a path).
 * - `replace`: a participant p of the meeting holds all the meetings their slots allow; the
 *   meeting takes the slot of another meeting b of p of the same or a lower priority, which
 *   leaves the schedule, and then one of b's other participants, now with room, gets one of their
 *   own unplaced meetings (of b's priority or higher) in. One more meeting is placed and none
 *   is traded for a lower-priority one, so priorities stay lexicographic.
 */
export class DeepRepair {
  private attempts = 0;

  constructor(
    private readonly state: ScheduleState,
    private readonly chains: EjectionChains,
    private readonly capacity: Int32Array,
  ) {}

  insert(m: number, depth: number): boolean {
    this.attempts = 0;
    return this.insertAt(m, depth);
  }

  /** `follow` places one of the followers (by default: chains, then a double ejection at depth 0). */
  replace(m: number, follow = (next: number) => this.insertAt(next, 0)): boolean {
    this.attempts = 0;
    return this.replaceAt(m, follow);
  }

  /** Whether a participant of `m` already holds as many meetings as their slots allow. */
  saturated(m: number): boolean {
    const { partStart, partList } = this.state.model;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      if (this.state.placedOf[partList[k]] >= this.capacity[partList[k]]) return true;
    }
    return false;
  }

  private insertAt(m: number, depth: number): boolean {
    const { state } = this;
    if (this.attempts++ >= ATTEMPTS_PER_MOVE) return false;
    if (this.saturated(m)) return false;
    if (this.chains.insert(m, INNER_BUDGET)) return true;
    if (depth === 0) return false;
    const { candStart, candList } = state.model;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const blockers = this.blockers(m, candList[c]);
      if (blockers === null || blockers.length !== 2) continue;
      const mark = state.checkpoint();
      for (const b of blockers) state.remove(b);
      state.place(m, candList[c]);
      state.pinned[m] = 1;
      const ok = blockers.every((b) => this.insertAt(b, depth - 1));
      state.pinned[m] = 0;
      if (ok) {
        state.commit();
        return true;
      }
      state.rollback(mark);
    }
    return false;
  }

  private replaceAt(m: number, follow: (next: number) => boolean): boolean {
    const { state } = this;
    const { candStart, candList, priorityClass } = state.model;
    for (let c = candStart[m]; c < candStart[m + 1]; c++) {
      const blockers = this.blockers(m, candList[c]);
      if (blockers === null || blockers.length !== 1) continue;
      const b = blockers[0];
      if (priorityClass[b] < priorityClass[m]) continue;
      const followers = this.followers(m, b);
      if (followers.length === 0) continue;
      const mark = state.checkpoint();
      state.remove(b);
      state.place(m, candList[c]);
      state.pinned[m] = 1;
      const gained = followers.some(follow);
      state.pinned[m] = 0;
      if (gained) {
        state.commit();
        return true;
      }
      state.rollback(mark);
    }
    return false;
  }

  /**
   * The unplaced meetings that could take the room b leaves once m replaces it: meetings of b's
   * other participants, of b's class or above, whose participants would all be below capacity.
   */
  private followers(m: number, b: number): number[] {
    const { state, capacity } = this;
    const { partStart, partList, meetingsOfStart, meetingsOfList, candStart, priorityClass } = state.model;
    const inMeeting = (x: number, p: number) => {
      for (let k = partStart[x]; k < partStart[x + 1]; k++) if (partList[k] === p) return 1;
      return 0;
    };
    const found: number[] = [];
    for (let k = partStart[b]; k < partStart[b + 1]; k++) {
      const r = partList[k];
      if (inMeeting(m, r)) continue;
      for (let j = meetingsOfStart[r]; j < meetingsOfStart[r + 1]; j++) {
        const next = meetingsOfList[j];
        if (state.slotOf[next] >= 0 || next === b || next === m || candStart[next + 1] === candStart[next])
          continue;
        if (priorityClass[next] > priorityClass[b] || found.includes(next)) continue;
        let room = true;
        for (let i = partStart[next]; i < partStart[next + 1] && room; i++) {
          const q = partList[i];
          room = state.placedOf[q] + inMeeting(m, q) - inMeeting(b, q) < capacity[q];
        }
        if (room) found.push(next);
      }
    }
    return found;
  }

  /**
   * The distinct meetings holding a participant of `m` in slot `s`, or null when one of them
   * cannot move or the slot has no table for `m` even without them.
   */
  private blockers(m: number, s: number): number[] | null {
    const { state } = this;
    const { partStart, partList, slotCount, tables } = state.model;
    const found: number[] = [];
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const holder = state.busy[partList[k] * slotCount + s];
      if (holder < 0 || found.includes(holder)) continue;
      if (state.pinned[holder]) return null;
      found.push(holder);
    }
    return found.length === 0 && state.load[s] >= tables ? null : found;
  }
}
