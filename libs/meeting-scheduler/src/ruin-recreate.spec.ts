import { AugmentingPaths } from './augmenting-path.js';
import { Prng } from './prng.js';
import { RuinAndRecreate } from './ruin-recreate.js';
import { solveSchedule } from './solve.js';
import { STUCK, twoSlotSchedule, type Planned } from './testing/two-slots.js';
import type { ScheduleInstance } from './types.js';
import { verifySchedule } from './verify.js';
import { WorkBudget } from './work-budget.js';

/** The two-slot example with a ruin and recreate over it, and its schedule as the solver reports one. */
function schedule(tables: number, planned: Planned[]) {
  const { instance, state, index, where } = twoSlotSchedule(tables, planned);
  const ruin = (work = new WorkBudget(10_000)) =>
    new RuinAndRecreate(state, new AugmentingPaths(state, work, 8), work, new Prng(7));
  /** The schedule as the solver would report it, to check the hard rules. */
  const result = () => {
    const assignments = planned
      .filter(([id]) => where(id) !== null)
      .map(([id]) => ({ meeting: id, slot: where(id) as string }))
      .map((a, i, all) => ({ ...a, table: all.slice(0, i).filter((b) => b.slot === a.slot).length + 1 }));
    const unplaced = planned.filter(([id]) => where(id) === null).map(([id]) => ({ meeting: id }));
    return { assignments, unplaced: unplaced.map((u) => ({ ...u, reason: 'CONFLICT' as const })) };
  };
  return { instance, state, index, where, ruin, result };
}

describe('ruin and recreate', () => {
  it('places a meeting by emptying its neighbourhood and filling it again, keeping the hard rules', () => {
    const { instance, state, index, ruin, result } = schedule(5, STUCK);
    expect(ruin().insert(index('new'))).toBe(true);
    expect(state.placedCount).toBe(5);
    expect(verifySchedule(instance, { ...result(), stats: statsOf(instance, 5) })).toEqual([]);
  });

  it('takes everything back when the tables cannot hold one more meeting', () => {
    const { state, index, where, ruin } = schedule(2, STUCK);
    expect(ruin().insert(index('new'))).toBe(false);
    expect(['new', 'h', 'j', 'g', 'k'].map(where)).toEqual([null, 'a', 'a', 'b', 'b']);
    expect(state.placedCount).toBe(4);
  });

  it('never takes out a higher-priority meeting, even for two lower ones', () => {
    // One table per slot; b is full with another curated meeting. Taking the curated h
    // out of a would let new or n2 in, but never both, and never at h's expense.
    const { index, where, ruin } = schedule(1, [
      ['h', ['v', 'w'], 'a', 1],
      ['o', ['s', 't'], 'b', 1],
      ['new', ['u', 'v'], null],
      ['n2', ['w', 'x'], null],
    ]);
    expect(ruin().insert(index('new'))).toBe(false);
    expect(['h', 'o', 'new', 'n2'].map(where)).toEqual(['a', 'b', null, null]);
  });

  it('does nothing once the work budget is spent', () => {
    const { index, where, ruin } = schedule(5, STUCK);
    expect(ruin(new WorkBudget(0)).insert(index('new'))).toBe(false);
    expect(where('new')).toBeNull();
  });

  it('lets the solver place every meeting of tight instances that have a complete schedule', () => {
    // Each person can attend only the slots of a hidden complete schedule, in a shuffled order.
    for (let seed = 1; seed <= 10; seed++) {
      const instance = hiddenSchedule(seed);
      const result = solveSchedule(instance);
      expect(verifySchedule(instance, result)).toEqual([]);
      expect(result.stats.unplaced).toBe(0);
    }
  });
});

function statsOf(instance: ScheduleInstance, placed: number) {
  const meetings = instance.meetings.length;
  return { meetings, placed, unplaced: meetings - placed, lowerBoundUnplaced: 0, millis: 0 };
}

/** 8 slots, 3 tables, 12 people: random meetings planted slot by slot, availability cut to them. */
function hiddenSchedule(seed: number): ScheduleInstance {
  const random = new Prng(seed);
  const people = 12;
  const slots = Array.from({ length: 8 }, (_, s) => ({
    id: `s${s}`,
    start: `2027-05-04T${String(9 + s).padStart(2, '0')}:00:00-04:00`,
    end: `2027-05-04T${String(9 + s).padStart(2, '0')}:30:00-04:00`,
  }));
  const available: string[][] = Array.from({ length: people }, () => []);
  const meetings: ScheduleInstance['meetings'] = [];
  for (const slot of slots) {
    const order = random.shuffle(Array.from({ length: people }, (_, p) => p));
    for (let t = 0; t < 3; t++) {
      const [a, b] = order.slice(2 * t, 2 * t + 2);
      available[a].push(slot.id);
      available[b].push(slot.id);
      meetings.push({ id: '', participants: [`p${a}`, `p${b}`] });
    }
  }
  random.shuffle(meetings).forEach((meeting, i) => (meeting.id = `m${i}`));
  return {
    slots,
    tables: 3,
    participants: available.map((slotIds, p) => ({ id: `p${p}`, available: slotIds })),
    meetings,
  };
}
