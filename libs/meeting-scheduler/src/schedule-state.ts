import type { SchedulingModel } from './model.js';

/** A partial schedule with the occupancy indexes the moves need in O(1). */
export class ScheduleState {
  /** Meeting → slot index, or -1 while unplaced. */
  readonly slotOf: Int32Array;
  /** `participant * slotCount + slot` → the meeting they attend there, or -1. */
  readonly busy: Int32Array;
  readonly load: Int32Array;
  /** Meetings no move may take out of their slot: the fixed ones, and those a repair holds for now. */
  readonly pinned: Uint8Array;
  /** Meetings of each participant currently placed. */
  readonly placedOf: Int32Array;
  /** Meetings in each slot, unordered; `position` keeps removal O(1). */
  readonly members: number[][];
  private readonly position: Int32Array;
  /** Triples (1 = placed / 0 = removed, meeting, slot) since the outermost open checkpoint. */
  private readonly journal: number[] = [];
  private openCheckpoints = 0;
  placedCount = 0;

  constructor(readonly model: SchedulingModel) {
    this.slotOf = new Int32Array(model.meetingCount).fill(-1);
    this.busy = new Int32Array(model.participantCount * model.slotCount).fill(-1);
    this.load = new Int32Array(model.slotCount);
    this.placedOf = new Int32Array(model.participantCount);
    this.members = Array.from({ length: model.slotCount }, () => []);
    this.position = new Int32Array(model.meetingCount);
    this.pinned = new Uint8Array(model.meetingCount);
    for (let m = 0; m < model.meetingCount; m++) {
      if (model.fixedSlot[m] >= 0) {
        this.place(m, model.fixedSlot[m]);
        this.pinned[m] = 1;
      }
    }
  }

  /** True when every participant of `m` is free in `s` (or busy with `m` itself) and a table is left. */
  fits(m: number, s: number): boolean {
    const { partStart, partList, slotCount } = this.model;
    if (this.load[s] >= this.model.tables && this.slotOf[m] !== s) return false;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const holder = this.busy[partList[k] * slotCount + s];
      if (holder >= 0 && holder !== m) return false;
    }
    return true;
  }

  place(m: number, s: number): void {
    const { partStart, partList, slotCount } = this.model;
    if (this.openCheckpoints > 0) this.journal.push(1, m, s);
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      this.busy[partList[k] * slotCount + s] = m;
      this.placedOf[partList[k]]++;
    }
    this.slotOf[m] = s;
    this.load[s]++;
    this.position[m] = this.members[s].length;
    this.members[s].push(m);
    this.placedCount++;
  }

  remove(m: number): void {
    const { partStart, partList, slotCount } = this.model;
    const s = this.slotOf[m];
    if (this.openCheckpoints > 0) this.journal.push(0, m, s);
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      this.busy[partList[k] * slotCount + s] = -1;
      this.placedOf[partList[k]]--;
    }
    this.slotOf[m] = -1;
    this.load[s]--;
    const list = this.members[s];
    const last = list.pop() as number;
    if (last !== m) {
      list[this.position[m]] = last;
      this.position[last] = this.position[m];
    }
    this.placedCount--;
  }

  /** Starts recording changes, so that a tentative move can be taken back; checkpoints nest. */
  checkpoint(): number {
    this.openCheckpoints++;
    return this.journal.length;
  }

  /** Keeps the changes since the last checkpoint (an outer checkpoint may still take them back). */
  commit(): void {
    if (--this.openCheckpoints === 0) this.journal.length = 0;
  }

  /** Undoes every change since `mark`, newest first. */
  rollback(mark: number): void {
    const open = this.openCheckpoints;
    this.openCheckpoints = 0;
    for (let at = this.journal.length - 3; at >= mark; at -= 3) {
      if (this.journal[at] === 1) this.remove(this.journal[at + 1]);
      else this.place(this.journal[at + 1], this.journal[at + 2]);
    }
    this.journal.length = mark;
    this.openCheckpoints = open - 1;
    if (this.openCheckpoints === 0) this.journal.length = 0;
  }
}
