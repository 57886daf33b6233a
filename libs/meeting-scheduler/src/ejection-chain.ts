import type { ScheduleState } from './schedule-state.js';

/**
 * Augmenting paths for one unplaced meeting: m takes slot s1 and pushes out the one meeting that
 * blocked it there (a shared participant, or any meeting when s1 is only short of a table),
 * which takes s2 and pushes out its own blocker… until a meeting lands where nothing blocks it.
 * Every placed meeting stays placed, so the count grows by one and no priority class loses.
 *
 * The search is breadth first (shortest chains) with a budget of expanded meetings, so that it
 * is deterministic and bounded. The slots along a chain are kept distinct: each is then entered
 * by exactly the meeting that replaces the one leaving it, so every blocker found on the way
 * stays valid when the chain is applied from its free end backwards.
 */
export class EjectionChains {
  private readonly parent: Int32Array;
  /** The slot a queued meeting is pushed out of (the slot its parent takes). */
  private readonly via: Int32Array;
  private readonly seen: Int32Array;
  private readonly slotSeen: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(private readonly state: ScheduleState) {
    const { meetingCount, slotCount } = state.model;
    this.parent = new Int32Array(meetingCount);
    this.via = new Int32Array(meetingCount);
    this.seen = new Int32Array(meetingCount);
    this.slotSeen = new Int32Array(slotCount);
    this.queue = new Int32Array(meetingCount);
  }

  /** Places unplaced meeting `m` by a chain of moves, expanding at most `budget` meetings. */
  insert(m: number, budget: number): boolean {
    const { state } = this;
    const { partStart, partList, candStart, candList, slotCount, tables } = state.model;
    const { pinned } = state;
    const stamp = ++this.stamp;
    this.seen[m] = stamp;
    this.parent[m] = -1;
    this.via[m] = -1;
    let head = 0;
    let tail = 0;
    this.queue[tail++] = m;
    while (head < tail && head < budget) {
      const x = this.queue[head++];
      for (let c = candStart[x]; c < candStart[x + 1]; c++) {
        const s = candList[c];
        if (this.onChain(x, s)) continue;
        let blocker = -1;
        let blocked = false;
        for (let k = partStart[x]; k < partStart[x + 1]; k++) {
          const holder = state.busy[partList[k] * slotCount + s];
          if (holder < 0 || holder === blocker) continue;
          if (blocker >= 0) blocked = true;
          blocker = holder;
        }
        if (blocked) continue;
        if (blocker < 0 && state.load[s] < tables) {
          this.apply(x, s);
          return true;
        }
        if (blocker >= 0) {
          if (this.seen[blocker] !== stamp && !pinned[blocker]) {
            this.seen[blocker] = stamp;
            this.parent[blocker] = x;
            this.via[blocker] = s;
            this.queue[tail++] = blocker;
          }
        } else if (this.slotSeen[s] !== stamp) {
          this.slotSeen[s] = stamp;
          for (const other of state.members[s]) {
            if (this.seen[other] === stamp || pinned[other]) continue;
            this.seen[other] = stamp;
            this.parent[other] = x;
            this.via[other] = s;
            this.queue[tail++] = other;
          }
        }
      }
    }
    return false;
  }

  /** Whether slot `s` is already entered or left along the chain that leads to `x`. */
  private onChain(x: number, s: number): boolean {
    for (let y = x; y >= 0; y = this.parent[y]) if (this.via[y] === s) return true;
    return false;
  }

  /** `x` takes the free slot `s`; then each ancestor takes the slot its child just left. */
  private apply(x: number, s: number): void {
    const { state } = this;
    for (let y = x, target = s; y >= 0;) {
      if (state.slotOf[y] >= 0) state.remove(y);
      const left = this.via[y];
      state.place(y, target);
      target = left;
      y = this.parent[y];
    }
  }
}
