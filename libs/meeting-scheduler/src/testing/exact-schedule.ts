import type { ScheduleInstance } from '../types.js';

export interface ExactOptimum {
  /** The fewest meetings any schedule leaves unplaced, priorities aside. */
  minUnplaced: number;
  /** Placed meetings per priority, highest priority first, of the lexicographically best schedule. */
  lexicographicPlaced: number[];
}

/**
 * Exhaustive branch and bound over every meeting's slot (or none), for the tests' small instances:
 * the reference the solver and its lower bounds are checked against. Exponential; keep to a dozen meetings.
 */
export function exactOptimum(instance: ScheduleInstance): ExactOptimum {
  const priorities = [...new Set(instance.meetings.map((m) => m.priority ?? 0))].sort((a, b) => b - a);
  const count = exactBest(instance, () => 1);
  const base = instance.meetings.length + 1;
  const weight = (priority: number) => base ** (priorities.length - 1 - priorities.indexOf(priority));
  const lexicographic = exactBest(instance, weight);
  const lexicographicPlaced = priorities.map(
    (_, k) => Math.floor(lexicographic / base ** (priorities.length - 1 - k)) % base,
  );
  return { minUnplaced: instance.meetings.length - count, lexicographicPlaced };
}

/** The largest total weight of placed meetings over all schedules. */
function exactBest(instance: ScheduleInstance, weightOf: (priority: number) => number): number {
  const slotIndex = new Map(instance.slots.map((slot, s) => [slot.id, s]));
  const everySlot = (1 << instance.slots.length) - 1;
  const availability = new Map(
    instance.participants.map((p) => [
      p.id,
      p.available
        ? p.available.reduce((mask, id) => mask | (1 << (slotIndex.get(id) as number)), 0)
        : everySlot,
    ]),
  );
  const people = new Map(instance.participants.map((p, i) => [p.id, i]));
  const meetings = instance.meetings
    .map((meeting) => {
      const participants = meeting.participants.map((id) => people.get(id) as number);
      let options = meeting.participants.reduce(
        (mask, id) => mask & (availability.get(id) as number),
        everySlot,
      );
      if (meeting.fixed) options = 1 << (slotIndex.get(meeting.fixed) as number);
      return { participants, options, fixed: !!meeting.fixed, weight: weightOf(meeting.priority ?? 0) };
    })
    .sort((a, b) => Number(b.fixed) - Number(a.fixed) || bitCount(a.options) - bitCount(b.options));
  const remaining = meetings.map((_, i) => meetings.slice(i).reduce((total, m) => total + m.weight, 0));
  const busy = new Array<number>(instance.participants.length).fill(0);
  const load = new Array<number>(instance.slots.length).fill(0);
  let best = -1;

  const search = (i: number, value: number) => {
    if (value + (remaining[i] ?? 0) <= best) return;
    if (i === meetings.length) {
      best = value;
      return;
    }
    const meeting = meetings[i];
    for (let s = 0; s < instance.slots.length; s++) {
      if (!(meeting.options & (1 << s)) || load[s] >= instance.tables) continue;
      if (meeting.participants.some((p) => busy[p] & (1 << s))) continue;
      for (const p of meeting.participants) busy[p] |= 1 << s;
      load[s]++;
      search(i + 1, value + meeting.weight);
      for (const p of meeting.participants) busy[p] &= ~(1 << s);
      load[s]--;
    }
    if (!meeting.fixed) search(i + 1, value);
  };
  search(0, 0);
  return best;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}
