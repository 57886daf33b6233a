import { type InstanceMeeting, Prng, type ScheduleInstance } from '@app/meeting-scheduler';
import { type EventShape, makeAvailability, makeSlots, participantsOf } from './event-shape.js';
import { popularity, WeightedPicker } from './sampling.js';

export interface RandomEventShape extends EventShape {
  meetings: number;
  /** Share of meetings where a company brings a colleague (three participants). */
  groupShare: number;
  /** Share of staff-curated introductions (priority 1). */
  curatedShare: number;
}

/** A realistic request pattern: anyone asks, popular people are asked far more often. */
export function randomEvent(shape: RandomEventShape): ScheduleInstance {
  const random = new Prng(shape.seed);
  const slots = makeSlots(shape);
  const availability = makeAvailability(shape, slots.length, random);
  const targets = new WeightedPicker(popularity(shape.people, shape.popularityExponent, random));
  const pairs = new Set<string>();
  const meetings: InstanceMeeting[] = [];
  while (meetings.length < shape.meetings) {
    const requester = random.int(shape.people);
    const target = targets.pick(random);
    const key = requester < target ? `${requester}:${target}` : `${target}:${requester}`;
    if (requester === target || pairs.has(key)) continue;
    pairs.add(key);
    const people = [requester, target];
    if (random.next() < shape.groupShare) {
      const colleague = random.int(shape.people);
      if (!people.includes(colleague)) people.push(colleague);
    }
    meetings.push({
      id: `m${meetings.length + 1}`,
      participants: people.map((p) => `u${p + 1}`),
      priority: random.next() < shape.curatedShare ? 1 : 0,
      fixed: null,
    });
  }
  return { slots, tables: shape.tables, participants: participantsOf(slots, availability), meetings };
}
