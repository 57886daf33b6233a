import { idleGaps } from './idle-gaps.js';
import { Prng } from './prng.js';
import { solveSchedule } from './solve.js';
import type { Assignment, InstanceMeeting, ScheduleInstance } from './types.js';
import { verifySchedule } from './verify.js';

/** `count` back-to-back half-hour slots from 9:00, `a`, `b`, `c`…; a gap in the list splits the day. */
function touchingSlots(count: number, breakAfter = count) {
  return Array.from({ length: count }, (_, s) => {
    const minutes = 9 * 60 + 30 * s + (s >= breakAfter ? 60 : 0);
    const at = (m: number) =>
      `2027-05-04T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00-04:00`;
    return { id: String.fromCharCode(97 + s), start: at(minutes), end: at(minutes + 30) };
  });
}

/** The plain greedy the benchmark compares with: file order, each meeting in its first open slot. */
function firstFit(instance: ScheduleInstance): Assignment[] {
  const available = new Map(
    instance.participants.map((p) => [p.id, p.available ? new Set(p.available) : null]),
  );
  const taken = new Set<string>();
  const load = new Map<string, number>();
  const assignments: Assignment[] = [];
  for (const meeting of instance.meetings) {
    const slot = instance.slots.find(
      ({ id }) =>
        (load.get(id) ?? 0) < instance.tables &&
        meeting.participants.every((p) => available.get(p)?.has(id) !== false && !taken.has(`${p}@${id}`)),
    );
    if (!slot) continue;
    for (const p of meeting.participants) taken.add(`${p}@${slot.id}`);
    load.set(slot.id, (load.get(slot.id) ?? 0) + 1);
    assignments.push({ meeting: meeting.id, slot: slot.id, table: load.get(slot.id) as number });
  }
  return assignments;
}

function randomDay(seed: number): ScheduleInstance {
  const random = new Prng(seed);
  const slots = touchingSlots(8, 4);
  const participants = Array.from({ length: 12 }, (_, p) => {
    const away = random.int(4);
    const from = random.int(slots.length - away + 1);
    return {
      id: `p${p}`,
      available: slots.filter((_, s) => s < from || s >= from + away).map((slot) => slot.id),
    };
  });
  const meetings: InstanceMeeting[] = Array.from({ length: 30 }, (_, i) => {
    const [first, second] = random.shuffle(participants.map((p) => p.id));
    return { id: `m${i}`, participants: [first, second], priority: 0, fixed: null };
  });
  return { slots, tables: 4, participants, meetings };
}

describe('compact days', () => {
  it('puts a person’s meetings back to back when a slot allows it', () => {
    const instance: ScheduleInstance = {
      slots: touchingSlots(5),
      tables: 5,
      participants: [
        { id: 'u1' },
        { id: 'u2', available: ['a'] },
        { id: 'u3', available: ['a', 'e'] },
        { id: 'u4' },
      ],
      meetings: [
        { id: 'm1', participants: ['u1', 'u2'], priority: 0, fixed: null },
        { id: 'm2', participants: ['u1', 'u4'], priority: 0, fixed: null },
        { id: 'm3', participants: ['u3', 'u4'], priority: 0, fixed: 'e' },
      ],
    };
    const result = solveSchedule(instance);
    expect(verifySchedule(instance, result)).toEqual([]);
    // u1 meets u2 at a, so u4 comes next at b; u4's own day then has one wait (b … e).
    expect(result.assignments.find((a) => a.meeting === 'm2')?.slot).toBe('b');
    expect(idleGaps(instance, result)).toEqual({ gaps: 1, people: 4, meanPerPerson: 0.25 });
  });

  it('counts a break between two runs of slots as no wait', () => {
    const instance: ScheduleInstance = {
      slots: touchingSlots(4, 2),
      tables: 1,
      participants: [{ id: 'u1' }, { id: 'u2' }],
      meetings: [],
    };
    const assignments = [
      { meeting: 'x', slot: 'b', table: 1 },
      { meeting: 'y', slot: 'c', table: 1 },
    ];
    instance.meetings = [
      { id: 'x', participants: ['u1', 'u2'], priority: 0, fixed: null },
      { id: 'y', participants: ['u1', 'u2'], priority: 0, fixed: null },
    ];
    expect(idleGaps(instance, { assignments }).gaps).toBe(0);
    expect(idleGaps(instance, { assignments: [assignments[0], { ...assignments[1], slot: 'd' }] }).gaps).toBe(
      0,
    );
    expect(idleGaps(instance, { assignments: [{ ...assignments[0], slot: 'a' }, assignments[1]] }).gaps).toBe(
      0,
    );
    instance.slots = touchingSlots(4);
    expect(idleGaps(instance, { assignments: [{ ...assignments[0], slot: 'a' }, assignments[1]] }).gaps).toBe(
      2,
    );
  });

  it('leaves fewer waits than the plain greedy and places no fewer meetings, on random small days', () => {
    let ours = 0;
    let greedy = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const instance = randomDay(seed);
      const result = solveSchedule(instance);
      expect(verifySchedule(instance, result)).toEqual([]);
      const baseline = firstFit(instance);
      expect(result.assignments.length).toBeGreaterThanOrEqual(baseline.length);
      ours += idleGaps(instance, result).gaps;
      greedy += idleGaps(instance, { assignments: baseline }).gaps;
    }
    expect(ours).toBeLessThan(greedy);
  });
});
