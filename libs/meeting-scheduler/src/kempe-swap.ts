import type { EjectionChains } from './ejection-chain.js';
import { isCandidate } from './model.js';
import type { ScheduleState } from './schedule-state.js';
import type { WorkBudget } from './work-budget.js';

/** Meetings one two-slot component may hold: larger ones rarely swap cleanly and cost much. */
const MAX_COMPONENT = 48;
/** Chain budget after a swap: the swap has done the hard part, the chain only finishes it. */
const CHAIN_AFTER_SWAP = 40;
/** Work a chain after a swap counts for (it expands up to CHAIN_AFTER_SWAP meetings). */
const CHAIN_WORK = 4 * CHAIN_AFTER_SWAP;

/**
 * Kempe-chain swaps, the move of Vizing's edge-colouring proof, for the meetings ejection chains
 * cannot place: m would take slot a, where meetings H hold some of its participants. H and every
 * meeting they reach by a shared participant in slots a and b (the two-slot component) swap slots
 * at once: a meeting of a goes to b and the one of b that held one of its participants comes to
 * a. Inside a component the swap keeps everyone in one meeting per slot; it is allowed when every
 * meeting of the component may take the other slot and both slots keep enough tables. When m's
 * participants are then free in a, m takes it; otherwise a short ejection chain may finish the
 * job (a blocker left in a, or a full slot that must lose one meeting to another slot). A swap
 * that does not lead to m being placed is taken back. Nothing placed is ever unplaced, so the
 * count only grows and no priority class loses a meeting.
 *
 * Every step counts work (meetings visited, chains tried) against a budget shared with the other
 * late repairs, never the clock, so the result depends on the input alone.
 */
export class KempeSwaps {
  private readonly seen: Int32Array;
  private readonly component: number[] = [];
  private stamp = 0;

  constructor(
    private readonly state: ScheduleState,
    private readonly chains: EjectionChains,
    private readonly work: WorkBudget,
  ) {
    this.seen = new Int32Array(state.model.meetingCount);
  }

  /** Tries to place unplaced meeting `m`, while the work budget lasts. */
  insert(m: number): boolean {
    const { state } = this;
    const { candStart, candList, partStart, partList, slotCount } = state.model;
    for (let i = candStart[m]; i < candStart[m + 1]; i++) {
      const a = candList[i];
      let first = -1;
      for (let k = partStart[m]; k < partStart[m + 1] && first < 0; k++) {
        first = state.busy[partList[k] * slotCount + a];
      }
      // A slot free of m's participants is only short of a table: the chains have tried that.
      if (first < 0 || state.pinned[first]) continue;
      for (let j = candStart[first]; j < candStart[first + 1]; j++) {
        if (this.work.exhausted) return false;
        const b = candList[j];
        if (b !== a && this.trySwap(m, a, b)) return true;
      }
    }
    return false;
  }

  /** Swaps the component of m's holders in `a` between `a` and `b`, then places m; keeps it only if m got in. */
  private trySwap(m: number, a: number, b: number): boolean {
    const { state } = this;
    if (!this.collect(m, a, b)) return false;
    const { tables } = state.model;
    let fromA = 0;
    for (const x of this.component) if (state.slotOf[x] === a) fromA++;
    const fromB = this.component.length - fromA;
    if (state.load[a] - fromA + fromB > tables || state.load[b] - fromB + fromA > tables) return false;
    const mark = state.checkpoint();
    for (const x of this.component) state.remove(x);
    for (const x of this.component) state.place(x, this.seen[x] === this.stamp ? b : a);
    if (state.fits(m, a)) {
      state.place(m, a);
      state.commit();
      return true;
    }
    this.work.spent += CHAIN_WORK;
    for (const x of this.component) state.pinned[x] = 1;
    const placed = this.chains.insert(m, CHAIN_AFTER_SWAP);
    for (const x of this.component) state.pinned[x] = 0;
    if (placed) {
      state.commit();
      return true;
    }
    state.rollback(mark);
    return false;
  }

  /**
   * Collects into `component` the meetings of slots a and b reachable from m's holders in a by
   * shared participants; false when one of them is pinned or cannot take the other slot, when
   * the component grows too large, or when it would bring a meeting of m's participants into a.
   * Meetings of a are stamped `stamp`, those of b `stamp + 1` (the slot each one leaves).
   */
  private collect(m: number, a: number, b: number): boolean {
    const { state } = this;
    const { model } = state;
    const { partStart, partList, slotCount } = model;
    const stamp = (this.stamp += 2);
    const component = this.component;
    component.length = 0;
    const add = (x: number, from: number): boolean => {
      if (x < 0 || this.seen[x] === stamp || this.seen[x] === stamp + 1) return true;
      if (state.pinned[x] || component.length === MAX_COMPONENT) return false;
      if (!isCandidate(model, x, from === a ? b : a)) return false;
      this.seen[x] = from === a ? stamp : stamp + 1;
      component.push(x);
      return true;
    };
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      if (!add(state.busy[partList[k] * slotCount + a], a)) return false;
    }
    for (let head = 0; head < component.length; head++) {
      const x = component[head];
      this.work.spent++;
      const to = this.seen[x] === stamp ? b : a;
      for (let k = partStart[x]; k < partStart[x + 1]; k++) {
        if (!add(state.busy[partList[k] * slotCount + to], to)) return false;
      }
    }
    // A meeting of m's participants moving from b into a would take the room m needs there.
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const held = state.busy[partList[k] * slotCount + b];
      if (held >= 0 && this.seen[held] === stamp + 1) return false;
    }
    return true;
  }
}
