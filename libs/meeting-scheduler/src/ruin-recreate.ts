import type { AugmentingPaths } from './augmenting-path.js';
import type { Prng } from './prng.js';
import type { ScheduleState } from './schedule-state.js';
import type { WorkBudget } from './work-budget.js';

/** Most meetings one attempt takes out (and puts back); each attempt draws its size up to this. */
const MAX_RUINED = 48;
/** Attempts per meeting, each with another random hole (size and shape). */
const ATTEMPTS = 40;
/** Fewest meetings an attempt aims to take out (m and its blockers may reach fewer). */
const MIN_RUINED = 8;
/** Chance that a meeting taken out also takes out its own blockers: how far the hole spreads. */
const SPREAD = 0.6;

/**
 * Ruin and recreate (a large-neighbourhood move) for an unplaced meeting m whose participants all
 * have room, once the paths have failed. The meetings in m's way (its participants' meetings in
 * m's candidate slots) and, around them, a random share of their own participants' meetings in
 * their candidate slots leave together; then m, those meetings and the unplaced meetings of
 * everyone touched are put back one at a time, the one with the fewest open slots first, each in
 * the open slot the others want least, or by a short path. The attempt is kept only when more
 * meetings are placed than before; otherwise it is taken back whole. Only meetings of m's
 * priority class leave or enter, and the paths keep every other placed meeting placed, so no
 * class loses a meeting. A hole refilled in another order often fits a meeting the paths could
 * not, because it moves many meetings at once instead of one after another.
 *
 * Work (meetings taken out, put back or visited by paths) is counted against the late repairs'
 * budget, never the clock.
 */
export class RuinAndRecreate {
  private readonly inPool: Int32Array;
  private stamp = 0;

  constructor(
    private readonly state: ScheduleState,
    private readonly paths: AugmentingPaths,
    private readonly work: WorkBudget,
    private readonly random: Prng,
  ) {
    this.inPool = new Int32Array(state.model.meetingCount);
  }

  /** Tries to place unplaced meeting `m` by ruin and recreate, while the work budget lasts. */
  insert(m: number): boolean {
    for (let attempt = 0; attempt < ATTEMPTS && !this.work.exhausted; attempt++) {
      if (this.attempt(m, MIN_RUINED + this.random.int(MAX_RUINED - MIN_RUINED))) return true;
    }
    return false;
  }

  private attempt(m: number, size: number): boolean {
    const { state } = this;
    const before = state.placedCount;
    const mark = state.checkpoint();
    const pool = this.ruin(m, size);
    this.recreate(pool);
    if (state.placedCount > before) {
      state.commit();
      return true;
    }
    state.rollback(mark);
    return false;
  }

  /**
   * Takes out m's blockers, then, spreading at random, their blockers, up to `size` meetings;
   * returns them with m and the unplaced meetings of everyone touched.
   */
  private ruin(m: number, size: number): number[] {
    const { state, random, inPool } = this;
    const { partStart, partList, meetingsOfStart, meetingsOfList, priorityClass, candStart } = state.model;
    const stamp = ++this.stamp;
    const klass = priorityClass[m];
    const pool = [m];
    inPool[m] = stamp;
    const take = (x: number) => {
      if (inPool[x] === stamp || state.pinned[x] || priorityClass[x] !== klass || pool.length >= size) return;
      inPool[x] = stamp;
      pool.push(x);
      if (state.slotOf[x] >= 0) state.remove(x);
    };
    this.blockersOf(m, take);
    for (let i = 1; i < pool.length && pool.length < size; i++)
      if (random.next() < SPREAD) this.blockersOf(pool[i], take);
    // Their people's unplaced meetings may take what the others leave.
    for (let i = 0, end = pool.length; i < end; i++) {
      for (let k = partStart[pool[i]]; k < partStart[pool[i] + 1]; k++) {
        const p = partList[k];
        for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) {
          const x = meetingsOfList[j];
          if (state.slotOf[x] < 0 && candStart[x + 1] > candStart[x]) take(x);
        }
      }
    }
    this.work.spent += pool.length;
    return pool;
  }

  /** Calls `take` on each placed meeting that holds a participant of x in one of x's candidate slots. */
  private blockersOf(x: number, take: (blocker: number) => void): void {
    const { state } = this;
    const { partStart, partList, candStart, candList, slotCount } = state.model;
    for (let c = candStart[x]; c < candStart[x + 1]; c++) {
      for (let k = partStart[x]; k < partStart[x + 1]; k++) {
        const holder = state.busy[partList[k] * slotCount + candList[c]];
        if (holder >= 0 && holder !== x) take(holder);
      }
    }
  }

  /** Puts the pool back, fewest open slots first; a meeting with none tries a path. */
  private recreate(pool: number[]): void {
    const { state, random } = this;
    const { candStart, candList } = state.model;
    const pending = pool.slice();
    while (pending.length > 0) {
      let pick = 0;
      let fewest = Infinity;
      for (let i = 0; i < pending.length; i++) {
        const open = this.openSlots(pending[i]);
        if (open < fewest || (open === fewest && random.next() < 0.5)) {
          fewest = open;
          pick = i;
        }
      }
      const x = pending[pick];
      pending[pick] = pending[pending.length - 1];
      pending.pop();
      this.work.spent++;
      if (fewest === 0) {
        this.paths.insert(x, null);
        continue;
      }
      let best = -1;
      let bestWanted = Infinity;
      for (let c = candStart[x]; c < candStart[x + 1]; c++) {
        const s = candList[c];
        if (!state.fits(x, s)) continue;
        const wanted = this.wantedBy(pending, x, s);
        if (wanted < bestWanted || (wanted === bestWanted && random.next() < 0.5)) {
          bestWanted = wanted;
          best = s;
        }
      }
      state.place(x, best);
    }
  }

  private openSlots(x: number): number {
    const { candStart, candList } = this.state.model;
    let open = 0;
    for (let c = candStart[x]; c < candStart[x + 1]; c++) if (this.state.fits(x, candList[c])) open++;
    return open;
  }

  /** Pending meetings sharing a participant with x to which slot s is still open. */
  private wantedBy(pending: number[], x: number, s: number): number {
    const { state } = this;
    const { partStart, partList } = state.model;
    let wanted = 0;
    for (const y of pending) {
      let shares = false;
      for (let k = partStart[y]; k < partStart[y + 1] && !shares; k++)
        for (let j = partStart[x]; j < partStart[x + 1] && !shares; j++) shares = partList[k] === partList[j];
      if (shares && state.fits(y, s)) wanted++;
    }
    return wanted;
  }
}
