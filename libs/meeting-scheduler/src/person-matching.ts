import { AllDifferentFilter } from './all-different.js';
import type { SchedulingModel } from './model.js';

/** What the propagating placer tells the filter about a participant and their pending meetings. */
export interface PendingView {
  readonly model: SchedulingModel;
  /** True while meeting m waits for a slot. */
  pending(m: number): boolean;
  /** True when m counts towards what p must place (see PropagatingPlacer). */
  counts(m: number, p: number): boolean;
  /** How many slots pending meeting m may still take. */
  openSlots(m: number): number;
  /** How many slots are open to p's pending meetings that count for p. */
  openSlotCount(p: number): number;
  /** True when the pending meeting whose candidate slot is at index c (of candList) may still take it. */
  open(c: number): boolean;
  /** p's meetings over their capacity: then p must fill `need` more slots, whichever meetings fill them. */
  isOverAsked(p: number): boolean;
  stillNeeded(p: number): number;
  /** Meeting m may no longer take its candidate slot at index c. */
  ban(m: number, c: number): void;
  /** Meeting m must be placed (its participants who are not over-asked must make room for it). */
  require(m: number): void;
}

/**
 * The all-different filter (see AllDifferentFilter) on one participant's pending meetings, applied
 * where the placer knows what p must place:
 * - p is not over-asked: every required meeting of p must get its own slot. Meeting-slot pairs no
 *   such matching uses are banned, and p's other pending meetings (those left out in a schedule at
 *   the bound) lose the slots every such matching needs.
 * - p is over-asked and must fill every slot still open to them: every open slot must get its own
 *   meeting, and the pairs no such matching uses are banned.
 * Each pair's last matched slot is kept (per participant of each meeting), so the next call starts
 * from it and only repairs what the placements since then broke.
 */
/**
 * A participant with this many open slots beyond the meetings they must still place is not
 * filtered: pairs ruled out are rare there (at 100% tight, 4% of the filters that ruled something
 * out), and people with many meetings and slots would cost the most.
 */
const MAX_SPARE = 3;
export class PersonMatching {
  private readonly filter = new AllDifferentFilter();
  /** Per `partList` index (a meeting and one of its participants): the slot last matched, or -1. */
  private readonly hint: Int32Array;
  private readonly slotLocal: Int32Array;
  private readonly slots: Int32Array;
  /** p's pending meetings that count for them, and the `partList` index of p in each. */
  private readonly meetings: Int32Array;
  private readonly meetingK: Int32Array;
  /** The open pairs, meeting by meeting (CSR on `meetings`): local slot and candidate index. */
  private readonly pairStart: Int32Array;
  private pairSlot: Int32Array;
  private pairCand: Int32Array;
  /** The same pairs keyed by local slot, for the case where every slot must be filled. */
  private readonly bySlotStart: Int32Array;
  private bySlotMeeting: Int32Array;
  private bySlotCand: Int32Array;
  /** Found by a run, applied after it: (meeting, candidate index) pairs to ban, meetings to require. */
  private bans = new Int32Array(64);
  private banCount = 0;
  private required = new Int32Array(16);
  private requiredCount = 0;
  /** The fewest open slots among the meetings `collect` found. */
  private fewestOpen = 0;

  constructor(private readonly view: PendingView) {
    const { partList, slotCount, meetingsOfStart, participantCount } = view.model;
    this.hint = new Int32Array(partList.length).fill(-1);
    this.slotLocal = new Int32Array(slotCount).fill(-1);
    let most = 0;
    for (let p = 0; p < participantCount; p++)
      most = Math.max(most, meetingsOfStart[p + 1] - meetingsOfStart[p]);
    this.meetings = new Int32Array(most);
    this.required = new Int32Array(most);
    this.meetingK = new Int32Array(most);
    this.pairStart = new Int32Array(most + 1);
    this.slots = new Int32Array(slotCount);
    this.bySlotStart = new Int32Array(slotCount + 1);
    this.pairSlot = this.pairCand = this.bySlotMeeting = this.bySlotCand = new Int32Array(0);
    this.reservePairs(16 * (most + 1));
    this.filter.reserve(Math.max(most, slotCount), Math.max(most, slotCount), 16 * (most + 1));
  }

  /** Filters p's pending meetings; the bans go through the view (which may queue more work). */
  run(p: number): void {
    const { view } = this;
    const overAsked = view.isOverAsked(p);
    const need = view.stillNeeded(p);
    const open = view.openSlotCount(p);
    if (need <= 0 || (overAsked ? need < open : open - need >= MAX_SPARE)) return;
    const count = this.collect(p);
    // No set of k meetings can be squeezed into k slots when each has more open slots than there
    // are meetings: then the filter would rule nothing out, and no slot is vital.
    if (count === 0 || (!overAsked && this.fewestOpen > count)) return;
    const slotCount = this.collectPairs(count);
    if (overAsked) this.fillEverySlot(count, slotCount);
    else this.placeEveryMeeting(p, count, slotCount);
    for (let i = 0; i < slotCount; i++) this.slotLocal[this.slots[i]] = -1;
    const { bans, required, banCount, requiredCount } = this;
    this.banCount = this.requiredCount = 0;
    for (let i = 0; i < banCount; i += 2) view.ban(bans[i], bans[i + 1]);
    for (let i = 0; i < requiredCount; i++) view.require(required[i]);
  }

  private ban(m: number, c: number): void {
    if (this.banCount + 2 > this.bans.length) {
      const grown = new Int32Array(this.bans.length * 2);
      grown.set(this.bans);
      this.bans = grown;
    }
    this.bans[this.banCount++] = m;
    this.bans[this.banCount++] = c;
  }

  /** p's pending meetings that count for p, into `meetings`; returns how many. */
  private collect(p: number): number {
    const { view } = this;
    const { meetingsOfStart, meetingsOfList, partStart, partList } = view.model;
    let count = 0;
    this.fewestOpen = Infinity;
    for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) {
      const m = meetingsOfList[j];
      if (!view.pending(m) || !view.counts(m, p)) continue;
      this.fewestOpen = Math.min(this.fewestOpen, view.openSlots(m));
      let k = partStart[m];
      while (partList[k] !== p) k++;
      this.meetings[count] = m;
      this.meetingK[count++] = k;
    }
    return count;
  }

  /** The open pairs of the first `count` meetings, their slots numbered locally; returns the slot count. */
  private collectPairs(count: number): number {
    const { view, meetings, slotLocal, pairStart } = this;
    const { candStart, candList } = view.model;
    let pairs = 0;
    for (let i = 0; i < count; i++) pairs += candStart[meetings[i] + 1] - candStart[meetings[i]];
    this.reservePairs(pairs);
    const { pairSlot, pairCand } = this;
    let slotCount = 0;
    pairs = 0;
    for (let i = 0; i < count; i++) {
      const m = meetings[i];
      pairStart[i] = pairs;
      for (let c = candStart[m]; c < candStart[m + 1]; c++) {
        if (!view.open(c)) continue;
        const s = candList[c];
        if (slotLocal[s] < 0) {
          slotLocal[s] = slotCount;
          this.slots[slotCount++] = s;
        }
        pairSlot[pairs] = slotLocal[s];
        pairCand[pairs++] = c;
      }
    }
    pairStart[count] = pairs;
    return slotCount;
  }

  private reservePairs(pairs: number): void {
    if (this.pairSlot.length >= pairs) return;
    this.pairSlot = new Int32Array(pairs * 2);
    this.pairCand = new Int32Array(pairs * 2);
    this.bySlotMeeting = new Int32Array(pairs * 2);
    this.bySlotCand = new Int32Array(pairs * 2);
    this.filter.reserve(0, 0, pairs * 2);
  }

  /** Left: the meetings p must place; right: their open slots. p's other meetings lose the vital slots. */
  private placeEveryMeeting(p: number, count: number, slotCount: number): void {
    const { view, filter, meetings, meetingK, hint, slotLocal, pairStart, pairCand } = this;
    for (let i = 0; i < count; i++) {
      const seeded = hint[meetingK[i]];
      filter.matchLeft[i] = seeded >= 0 ? slotLocal[seeded] : -1;
    }
    if (!filter.run(count, slotCount, pairStart, this.pairSlot)) return;
    for (let i = 0; i < count; i++) {
      hint[meetingK[i]] = this.slots[filter.matchLeft[i]];
      for (let e = pairStart[i]; e < pairStart[i + 1]; e++)
        if (!filter.keep[e]) this.ban(meetings[i], pairCand[e]);
    }
    if (!filter.anyVital) return;
    const { candStart, candList, meetingsOfStart, meetingsOfList } = view.model;
    for (let j = meetingsOfStart[p]; j < meetingsOfStart[p + 1]; j++) {
      const o = meetingsOfList[j];
      if (!view.pending(o) || view.counts(o, p)) continue;
      for (let c = candStart[o]; c < candStart[o + 1]; c++) {
        const local = slotLocal[candList[c]];
        if (local >= 0 && filter.vital[local] && view.open(c)) this.ban(o, c);
      }
    }
  }

  /** Left: the slots open to p, all of which p must fill; right: p's pending meetings, which become required when vital. */
  private fillEverySlot(count: number, slotCount: number): void {
    const { filter, meetings, meetingK, hint, slotLocal, pairStart, pairSlot, pairCand } = this;
    const { bySlotStart, bySlotMeeting, bySlotCand } = this;
    bySlotStart.fill(0, 0, slotCount + 1);
    for (let e = 0; e < pairStart[count]; e++) bySlotStart[pairSlot[e] + 1]++;
    for (let l = 0; l < slotCount; l++) bySlotStart[l + 1] += bySlotStart[l];
    filter.matchLeft.fill(-1, 0, slotCount);
    for (let i = 0; i < count; i++) {
      for (let e = pairStart[i]; e < pairStart[i + 1]; e++) {
        const at = bySlotStart[pairSlot[e]]++;
        bySlotMeeting[at] = i;
        bySlotCand[at] = pairCand[e];
      }
      const seeded = hint[meetingK[i]];
      if (seeded >= 0 && slotLocal[seeded] >= 0) filter.matchLeft[slotLocal[seeded]] = i;
    }
    for (let l = slotCount; l > 0; l--) bySlotStart[l] = bySlotStart[l - 1];
    bySlotStart[0] = 0;
    if (!filter.run(slotCount, count, bySlotStart, bySlotMeeting)) return;
    for (let i = 0; i < count; i++) {
      hint[meetingK[i]] = -1;
      if (filter.vital[i]) this.required[this.requiredCount++] = meetings[i];
    }
    for (let l = 0; l < slotCount; l++) {
      hint[meetingK[filter.matchLeft[l]]] = this.slots[l];
      for (let e = bySlotStart[l]; e < bySlotStart[l + 1]; e++)
        if (!filter.keep[e]) this.ban(meetings[bySlotMeeting[e]], bySlotCand[e]);
    }
  }
}
