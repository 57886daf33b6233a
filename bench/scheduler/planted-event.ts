import { type InstanceMeeting, Prng, type ScheduleInstance } from '@app/meeting-scheduler';
import { type EventShape, makeAvailability, makeSlots, participantsOf } from './event-shape.js';
import { popularity, WeightedPicker } from './sampling.js';

export interface PlantedEventShape extends EventShape {
  /** Meetings planted in each slot of the hidden schedule (at most; rejection sampling may fall short). */
  perSlot: number;
  /** Share of people whose availability shrinks to their planted slots plus up to two spare ones. */
  tightShare: number;
  /** Extra requests to people whose every slot the hidden schedule takes. */
  overbooked: number;
  /** Extra meetings between two newcomers who share no slot. */
  strangers: number;
}

export interface PlantedInstance {
  instance: ScheduleInstance;
  /**
   * Unplaced by the hidden schedule. Each overbooked request goes to a distinct-enough "full"
   * person (no meeting joins two of them), so the deficit lower bound reaches this count and it is
   * the optimum.
   */
  optimumUnplaced: number;
  /** The hidden schedule: planted meeting id → its slot id (the extras are not in it). */
  hidden: Map<string, string>;
}

/**
 * Builds a schedule first (every planted meeting placed), then adds meetings that provably cannot
 * all be placed, so that the optimum is known and the benchmark shows the gap to it.
 */
export function plantedEvent(shape: PlantedEventShape): PlantedInstance {
  const random = new Prng(shape.seed);
  const slots = makeSlots(shape);
  const slotCount = slots.length;
  const availability = makeAvailability(shape, slotCount, random);
  const targets = new WeightedPicker(popularity(shape.people, shape.popularityExponent, random));
  const busy = availability.map(() => new Uint8Array(slotCount));
  const planted: number[][] = [];
  const plantedSlot: number[] = [];
  for (let s = 0; s < slotCount; s++) {
    let placed = 0;
    for (let attempt = 0; placed < shape.perSlot && attempt < shape.perSlot * 60; attempt++) {
      const a = random.int(shape.people);
      const b = targets.pick(random);
      if (a === b || !availability[a][s] || !availability[b][s] || busy[a][s] || busy[b][s]) continue;
      busy[a][s] = busy[b][s] = 1;
      planted.push([a, b]);
      plantedSlot.push(s);
      placed++;
    }
  }

  for (let p = 0; p < shape.people; p++) {
    if (random.next() >= shape.tightShare) continue;
    const spare = random.int(3);
    const others = random.shuffle(
      Array.from({ length: slotCount }, (_, s) => s).filter((s) => availability[p][s] && !busy[p][s]),
    );
    const kept = new Set(others.slice(0, spare));
    for (let s = 0; s < slotCount; s++) availability[p][s] = busy[p][s] || kept.has(s) ? 1 : 0;
  }

  const extra = overbookFullPeople(shape, availability, busy, planted, targets, random);
  const participants = participantsOf(slots, availability);
  const meetings: InstanceMeeting[] = [...planted, ...extra].map((pair) => ({
    id: '',
    participants: pair.map((p) => participants[p].id),
    priority: 0,
    fixed: null,
  }));
  const half = Math.floor(slotCount / 2);
  for (let k = 0; k < shape.strangers; k++) {
    const early = { id: `early${k + 1}`, available: slots.slice(0, half).map((slot) => slot.id) };
    const late = { id: `late${k + 1}`, available: slots.slice(half).map((slot) => slot.id) };
    participants.push(early, late);
    meetings.push({ id: '', participants: [early.id, late.id], priority: 0, fixed: null });
  }
  const plantedMeetings = meetings.slice(0, planted.length);
  random.shuffle(meetings).forEach((meeting, i) => (meeting.id = `m${i + 1}`));
  const hidden = new Map(plantedSlot.map((s, i) => [plantedMeetings[i].id, slots[s].id]));
  return {
    hidden,
    instance: { slots, tables: shape.tables, participants: random.shuffle(participants), meetings },
    optimumUnplaced: extra.length + shape.strangers,
  };
}

/**
 * Requests to "full" people (every available slot taken by a planted meeting) from people with
 * room, choosing full people no two of whom meet: then each extra request raises that person's
 * deficit by one and the deficits add up in the lower bound.
 */
function overbookFullPeople(
  shape: PlantedEventShape,
  availability: Uint8Array[],
  busy: Uint8Array[],
  planted: number[][],
  targets: WeightedPicker,
  random: Prng,
): number[][] {
  const count = (flags: Uint8Array) => flags.reduce((sum, flag) => sum + flag, 0);
  const full = availability.map((flags, p) => count(busy[p]) > 0 && count(busy[p]) === count(flags));
  const partners: number[][] = availability.map(() => []);
  for (const [a, b] of planted) {
    partners[a].push(b);
    partners[b].push(a);
  }
  const chosen = new Uint8Array(shape.people);
  const blocked = new Uint8Array(shape.people);
  const extra: number[][] = [];
  for (let attempt = 0; extra.length < shape.overbooked && attempt < shape.overbooked * 200; attempt++) {
    const p = targets.pick(random);
    const q = random.int(shape.people);
    if (!full[p] || full[q] || p === q || (!chosen[p] && blocked[p])) continue;
    if (!availability[p].some((flag, s) => flag && availability[q][s])) continue;
    if (!chosen[p]) {
      chosen[p] = 1;
      for (const other of partners[p]) blocked[other] = 1;
    }
    extra.push([q, p]);
  }
  return extra;
}
