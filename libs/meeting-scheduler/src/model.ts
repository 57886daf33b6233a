import type { ScheduleInstance } from './types.js';

/**
 * The instance in index form for the solver: slots sorted by start (so ties fall on the earlier
 * slot), participants and meetings in input order, adjacency in CSR arrays.
 */
export interface SchedulingModel {
  slotCount: number;
  tables: number;
  meetingCount: number;
  participantCount: number;
  slotIds: string[];
  /**
   * Slot → its run of back-to-back slots (a day, or a half-day around a break), numbered from 0:
   * an empty slot between two meetings of the same run is time a person waits around.
   */
  runOf: Int32Array;
  runCount: number;
  meetingIds: string[];
  /** Meeting → participant indices: `partList[partStart[m] .. partStart[m + 1])`. */
  partStart: Int32Array;
  partList: Int32Array;
  /** Participant → meeting indices. */
  meetingsOfStart: Int32Array;
  meetingsOfList: Int32Array;
  /**
   * Meeting → the slots it may take, ascending: every participant can attend, none of them holds
   * another fixed meeting there, and fixed meetings leave a table free. A fixed meeting has its slot alone.
   */
  candStart: Int32Array;
  candList: Int32Array;
  /** Slots that all participants can attend, before fixed meetings are taken into account. */
  commonSlotCount: Int32Array;
  /** Participant availability bitsets, `words` 32-bit words each, bit s for slot s. */
  available: Uint32Array;
  words: number;
  /** 0 for the highest priority, then 1, 2… */
  priorityClass: Int32Array;
  classCount: number;
  /** The fixed slot index, or -1. */
  fixedSlot: Int32Array;
}

export function buildModel(instance: ScheduleInstance): SchedulingModel {
  const slots = instance.slots
    .map((slot, index) => ({ id: slot.id, start: Date.parse(slot.start), end: Date.parse(slot.end), index }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const runOf = new Int32Array(slots.length);
  for (let s = 1; s < slots.length; s++)
    runOf[s] = runOf[s - 1] + (slots[s].start > slots[s - 1].end ? 1 : 0);
  const slotCount = slots.length;
  const slotIndex = new Map(slots.map((slot, index) => [slot.id, index]));
  const participantIndex = new Map(instance.participants.map((p, index) => [p.id, index]));
  const participantCount = instance.participants.length;
  const meetingCount = instance.meetings.length;
  const words = Math.max(1, Math.ceil(slotCount / 32));

  const available = new Uint32Array(participantCount * words);
  instance.participants.forEach((participant, p) => {
    if (!participant.available) {
      for (let s = 0; s < slotCount; s++) available[p * words + (s >>> 5)] |= 1 << (s & 31);
    } else {
      for (const id of participant.available) {
        const s = slotIndex.get(id) as number;
        available[p * words + (s >>> 5)] |= 1 << (s & 31);
      }
    }
  });

  const partStart = new Int32Array(meetingCount + 1);
  instance.meetings.forEach((meeting, m) => (partStart[m + 1] = partStart[m] + meeting.participants.length));
  const partList = new Int32Array(partStart[meetingCount]);
  const fixedSlot = new Int32Array(meetingCount).fill(-1);
  const fixedBusy = new Uint32Array(participantCount * words);
  const fixedPerSlot = new Int32Array(slotCount);
  instance.meetings.forEach((meeting, m) => {
    meeting.participants.forEach(
      (id, k) => (partList[partStart[m] + k] = participantIndex.get(id) as number),
    );
    if (meeting.fixed != null) {
      const s = slotIndex.get(meeting.fixed) as number;
      fixedSlot[m] = s;
      fixedPerSlot[s]++;
      for (let k = partStart[m]; k < partStart[m + 1]; k++)
        fixedBusy[partList[k] * words + (s >>> 5)] |= 1 << (s & 31);
    }
  });

  const { start: meetingsOfStart, list: meetingsOfList } = invert(partStart, partList, participantCount);
  const { candStart, candList, commonSlotCount } = candidateSlots(
    { slotCount, words, tables: instance.tables, partStart, partList, fixedSlot },
    available,
    fixedBusy,
    fixedPerSlot,
  );
  const { priorityClass, classCount } = priorityClasses(instance.meetings.map((m) => m.priority ?? 0));

  return {
    slotCount,
    tables: instance.tables,
    meetingCount,
    participantCount,
    slotIds: slots.map((slot) => slot.id),
    runOf,
    runCount: slots.length === 0 ? 0 : runOf[slots.length - 1] + 1,
    meetingIds: instance.meetings.map((meeting) => meeting.id),
    partStart,
    partList,
    meetingsOfStart,
    meetingsOfList,
    candStart,
    candList,
    commonSlotCount,
    available,
    words,
    priorityClass,
    classCount,
    fixedSlot,
  };
}

/** Transposes a CSR relation `row → columns` into `column → rows`, rows ascending. */
export function invert(
  start: Int32Array,
  list: Int32Array,
  columns: number,
): { start: Int32Array; list: Int32Array } {
  const rows = start.length - 1;
  const outStart = new Int32Array(columns + 1);
  for (let k = 0; k < list.length; k++) outStart[list[k] + 1]++;
  for (let c = 0; c < columns; c++) outStart[c + 1] += outStart[c];
  const fill = outStart.slice(0, columns);
  const outList = new Int32Array(list.length);
  for (let r = 0; r < rows; r++) for (let k = start[r]; k < start[r + 1]; k++) outList[fill[list[k]]++] = r;
  return { start: outStart, list: outList };
}

interface CandidateInput {
  slotCount: number;
  words: number;
  tables: number;
  partStart: Int32Array;
  partList: Int32Array;
  fixedSlot: Int32Array;
}

function candidateSlots(
  input: CandidateInput,
  available: Uint32Array,
  fixedBusy: Uint32Array,
  fixedPerSlot: Int32Array,
): { candStart: Int32Array; candList: Int32Array; commonSlotCount: Int32Array } {
  const { slotCount, words, tables, partStart, partList, fixedSlot } = input;
  const meetingCount = fixedSlot.length;
  const commonSlotCount = new Int32Array(meetingCount);
  const candStart = new Int32Array(meetingCount + 1);
  const collected: number[] = [];
  const common = new Uint32Array(words);
  const usable = new Uint32Array(words);
  for (let m = 0; m < meetingCount; m++) {
    common.fill(0xffffffff);
    usable.fill(0xffffffff);
    for (let k = partStart[m]; k < partStart[m + 1]; k++) {
      const base = partList[k] * words;
      for (let w = 0; w < words; w++) {
        common[w] &= available[base + w];
        usable[w] &= ~fixedBusy[base + w];
      }
    }
    for (let s = 0; s < slotCount; s++) {
      if ((common[s >>> 5] & (1 << (s & 31))) === 0) continue;
      commonSlotCount[m]++;
      const fixedHere = fixedSlot[m] === s;
      const free = (usable[s >>> 5] & (1 << (s & 31))) !== 0 && fixedPerSlot[s] < tables;
      if (fixedSlot[m] >= 0 ? fixedHere : free) collected.push(s);
    }
    candStart[m + 1] = collected.length;
  }
  return { candStart, candList: Int32Array.from(collected), commonSlotCount };
}

function priorityClasses(priorities: number[]): { priorityClass: Int32Array; classCount: number } {
  const distinct = [...new Set(priorities)].sort((a, b) => b - a);
  const rank = new Map(distinct.map((priority, index) => [priority, index]));
  return {
    priorityClass: Int32Array.from(priorities, (p) => rank.get(p) as number),
    classCount: distinct.length,
  };
}

/** The position of slot `s` in the candidate list of meeting `m` (binary search: it is ascending), or -1. */
export function candidateIndex(model: SchedulingModel, m: number, s: number): number {
  let low = model.candStart[m];
  let high = model.candStart[m + 1] - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = model.candList[mid];
    if (value === s) return mid;
    if (value < s) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

export function isCandidate(model: SchedulingModel, m: number, s: number): boolean {
  return candidateIndex(model, m, s) >= 0;
}
