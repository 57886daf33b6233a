import type { ScheduleState } from './schedule-state.js';
import type { WorkBudget } from './work-budget.js';

/** Meetings one step may push out: two blockers make a tree of paths, more rarely pays. */
const MAX_BLOCKERS = 2;

/**
 * Depth-first augmenting paths, for the meetings the breadth-first chains miss: m takes slot s
 * and pushes out the meetings that block it there (one, or two: a tree of paths), each of which
 * then looks for a slot the same way, on the schedule as it now stands. Unlike the chains, a path
 * may come back to a slot it already used (the state is changed as the path goes and taken back
 * if it fails), and it goes deeper. As in Kuhn's matching algorithm, a meeting pushed out once in
 * a search is never pushed out again in it, which keeps each search linear in the meetings it
 * visits. A meeting that just took a slot is pinned until its subtree is settled. Every placed
 * meeting stays placed, so no priority class loses a meeting.
 *
 * Work (meetings visited) is counted against a budget shared with the other late repairs, never
 * the clock.
 */
export class AugmentingPaths {
  private readonly visited: Int32Array;
  private readonly found = new Int32Array(MAX_BLOCKERS);
  private stamp = 0;
  /** Per participant, the most meetings their slots allow; set while a hand-over may happen. */
  private capacity: Int32Array | null = null;

  constructor(
    private readonly state: ScheduleState,
    private readonly work: WorkBudget,
    private readonly maxDepth: number,
  ) {
    this.visited = new Int32Array(state.model.meetingCount);
  }

  /**
   * Tries to place unplaced meeting `m`, while the work budget lasts. With `capacity`, a meeting
   * pushed out along the path may also stay out and hand over to an unplaced meeting of one of
   * its participants (see extend).
   */
  insert(m: number, capacity: Int32Array | null = this.capacity): boolean {
    const outer = this.capacity;
    this.capacity = capacity;
    try {
      return this.deepen(m);
    } finally {
      this.capacity = outer;
    }
  }

  private deepen(m: number): boolean {
    // Iterative deepening: a deep failing branch marks many meetings visited, which would hide
    // the short paths of the other branches.
    for (let depth = 2; depth <= this.maxDepth && !this.work.exhausted; depth *= 2) {
      const stamp = ++this.stamp;
      this.visited[m] = stamp;
      const mark = this.state.checkpoint();
      if (this.extend(m, depth, stamp, true)) {
        this.state.commit();
        return true;
      }
      this.state.rollback(mark);
    }
    return false;
  }

  /**
   * For `m`, whose participant p holds as many meetings as p's slots allow: one meeting w of p
   * (of m's priority or lower) leaves, and both m and an unplaced meeting of w's other participant
   * (of w's priority or higher, its participants then with room) get in by paths. One more meeting
   * is placed and none is traded for a lower-priority one.
   */
  exchange(m: number, capacity: Int32Array): boolean {
    const { state } = this;
    const { partStart, partList, meetingsOfStart, meetingsOfList, priorityClass, candStart } = state.model;
    const full = (q: number) => state.placedOf[q] >= capacity[q];
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const p = partList[k];
      if (!full(p)) continue;
      for (let i = meetingsOfStart[p]; i < meetingsOfStart[p + 1]; i++) {
        const w = meetingsOfList[i];
        if (state.slotOf[w] < 0 || state.pinned[w] || priorityClass[w] < priorityClass[m]) continue;
        for (let j = partStart[w]; j < partStart[w + 1]; j++) {
          const q = partList[j];
          if (q === p) continue;
          for (let n = meetingsOfStart[q]; n < meetingsOfStart[q + 1]; n++) {
            if (this.work.exhausted) return false;
            const f = meetingsOfList[n];
            if (f === m || state.slotOf[f] >= 0 || priorityClass[f] > priorityClass[w]) continue;
            if (candStart[f + 1] === candStart[f]) continue;
            this.work.spent++;
            const mark = state.checkpoint();
            state.remove(w);
            if (!this.roomFor(m, capacity) || !this.roomFor(f, capacity)) {
              state.rollback(mark);
              continue;
            }
            if (this.insert(m, null) && this.roomFor(f, capacity) && this.insert(f, null)) {
              state.commit();
              return true;
            }
            state.rollback(mark);
          }
        }
      }
    }
    return false;
  }

  private roomFor(x: number, capacity: Int32Array): boolean {
    const { partStart, partList } = this.state.model;
    for (let k = partStart[x]; k < partStart[x + 1]; k++)
      if (this.state.placedOf[partList[k]] >= capacity[partList[k]]) return false;
    return true;
  }

  /**
   * Places `x` (currently unplaced) in a free slot, or pushes out its blockers somewhere and
   * recurses on them. A pushed-out `x` (not the root) may instead stay out and hand over: an
   * unplaced meeting of one of its participants, of x's priority or higher and whose other
   * participants have room, gets in the same way. The count is the same as if x got back in,
   * and the slot x left is open to the newcomer's participant.
   */
  private extend(x: number, depth: number, stamp: number, root = false): boolean {
    const { state } = this;
    const { candStart, candList } = state.model;
    this.work.spent++;
    for (let c = candStart[x]; c < candStart[x + 1]; c++) {
      if (state.fits(x, candList[c])) {
        state.place(x, candList[c]);
        return true;
      }
    }
    if (depth === 0) return false;
    for (let c = candStart[x]; c < candStart[x + 1]; c++) {
      if (this.work.exhausted) return false;
      const s = candList[c];
      const count = this.blockersIn(x, s, stamp);
      if (count <= 0) continue;
      const blockers = this.found.slice(0, count);
      for (const b of blockers) this.visited[b] = stamp;
      const mark = state.checkpoint();
      for (const b of blockers) state.remove(b);
      state.place(x, s);
      state.pinned[x] = 1;
      let placed = true;
      for (const b of blockers) if (placed) placed = this.extend(b, depth - 1, stamp);
      state.pinned[x] = 0;
      if (placed) {
        state.commit();
        return true;
      }
      state.rollback(mark);
    }
    return !root && this.capacity !== null && this.handOver(x, depth, stamp, this.capacity);
  }

  private handOver(x: number, depth: number, stamp: number, capacity: Int32Array): boolean {
    const { state } = this;
    const { partStart, partList, meetingsOfStart, meetingsOfList, priorityClass, candStart } = state.model;
    for (let k = partStart[x]; k < partStart[x + 1]; k++) {
      const q = partList[k];
      for (let j = meetingsOfStart[q]; j < meetingsOfStart[q + 1]; j++) {
        if (this.work.exhausted) return false;
        const y = meetingsOfList[j];
        if (state.slotOf[y] >= 0 || this.visited[y] === stamp || priorityClass[y] > priorityClass[x])
          continue;
        if (candStart[y + 1] === candStart[y] || !this.roomFor(y, capacity)) continue;
        this.visited[y] = stamp;
        const mark = state.checkpoint();
        if (this.extend(y, depth - 1, stamp)) {
          state.commit();
          return true;
        }
        state.rollback(mark);
      }
    }
    return false;
  }

  /**
   * The meetings holding participants of `x` in `s` into `found`, at most MAX_BLOCKERS; 0 when
   * none, -1 when one of them may not leave (pinned or already pushed out in this search).
   */
  private blockersIn(x: number, s: number, stamp: number): number {
    const { state } = this;
    const { partStart, partList, slotCount } = state.model;
    let count = 0;
    for (let k = partStart[x]; k < partStart[x + 1]; k++) {
      const holder = state.busy[partList[k] * slotCount + s];
      if (holder < 0 || (count > 0 && this.found.subarray(0, count).includes(holder))) continue;
      if (state.pinned[holder] || this.visited[holder] === stamp || count === MAX_BLOCKERS) return -1;
      this.found[count++] = holder;
    }
    return count;
  }
}
