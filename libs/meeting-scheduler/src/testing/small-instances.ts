import { Prng } from '../prng.js';
import type { InstanceMeeting, ScheduleInstance } from '../types.js';

export interface SmallShape {
  slots: number;
  tables: number;
  participants: number;
  meetings: number;
  /** Probability that a participant can attend a given slot. */
  availability: number;
  /** Probability of priority 1 instead of 0. */
  curated: number;
  /** Probability that a meeting brings a third participant. */
  groups: number;
  /** Probability that a meeting is already fixed (when that keeps the instance valid). */
  fixed: number;
}

/** A random small instance for the exhaustive checks; always valid. */
export function smallInstance(shape: SmallShape, seed: number): ScheduleInstance {
  const random = new Prng(seed);
  const slots = Array.from({ length: shape.slots }, (_, s) => ({
    id: `s${s}`,
    start: `2027-05-04T${String(9 + s).padStart(2, '0')}:00:00-04:00`,
    end: `2027-05-04T${String(9 + s).padStart(2, '0')}:30:00-04:00`,
  }));
  const participants = Array.from({ length: shape.participants }, (_, p) => {
    const available = slots.filter(() => random.next() < shape.availability).map((slot) => slot.id);
    return random.next() < 0.2 ? { id: `p${p}` } : { id: `p${p}`, available };
  });
  const canAttend = (p: number, slot: string) => participants[p].available?.includes(slot) ?? true;
  const fixedAt = new Set<string>();
  const fixedCount = new Map<string, number>();
  const meetings: InstanceMeeting[] = [];
  for (let i = 0; i < shape.meetings; i++) {
    const people = random.shuffle(Array.from({ length: shape.participants }, (_, p) => p));
    const chosen = people.slice(0, random.next() < shape.groups ? 3 : 2);
    const meeting: InstanceMeeting = {
      id: `m${i}`,
      participants: chosen.map((p) => `p${p}`),
      priority: random.next() < shape.curated ? 1 : 0,
      fixed: null,
    };
    const slot = slots[random.int(slots.length)].id;
    const free = chosen.every((p) => canAttend(p, slot) && !fixedAt.has(`${p}@${slot}`));
    if (random.next() < shape.fixed && free && (fixedCount.get(slot) ?? 0) < shape.tables) {
      meeting.fixed = slot;
      fixedCount.set(slot, (fixedCount.get(slot) ?? 0) + 1);
      for (const p of chosen) fixedAt.add(`${p}@${slot}`);
    }
    meetings.push(meeting);
  }
  return { slots, tables: shape.tables, participants, meetings };
}
