import { AugmentingPaths } from './augmenting-path.js';
import { DeepRepair } from './deep-repair.js';
import { EjectionChains } from './ejection-chain.js';
import { KempeSwaps } from './kempe-swap.js';
import { buildModel } from './model.js';
import { participantCapacities } from './participant-capacity.js';
import { ScheduleState } from './schedule-state.js';
import { solveSchedule } from './solve.js';
import { smallInstance } from './testing/small-instances.js';
import { STUCK, twoSlotSchedule } from './testing/two-slots.js';
import type { ScheduleInstance } from './types.js';
import { verifySchedule } from './verify.js';
import { WorkBudget } from './work-budget.js';

/**
 * The two-slot example (STUCK): every single chain runs out of slots (a chain uses each slot once)
 * and each slot holds one blocker only, so neither chains nor the double ejection place the new
 * meeting; the schedule that does exists: h and k exchange slots, and the new meeting joins k in a.
 */
function stuck(tables: number) {
  const schedule = twoSlotSchedule(tables, STUCK);
  return { ...schedule, chains: new EjectionChains(schedule.state) };
}

/** One slot, two tables: w (p, q) is placed, u (p, r) and f (q, s) are not; p can meet once. */
function exchangeCase(priorityOfW: number) {
  const instance: ScheduleInstance = {
    slots: [{ id: 'a', start: '2027-05-04T10:00:00-04:00', end: '2027-05-04T10:30:00-04:00' }],
    tables: 2,
    participants: ['p', 'q', 'r', 's'].map((id) => ({ id })),
    meetings: [
      { id: 'w', participants: ['p', 'q'], priority: priorityOfW },
      { id: 'u', participants: ['p', 'r'], priority: 0 },
      { id: 'f', participants: ['q', 's'], priority: 0 },
    ],
  };
  const model = buildModel(instance);
  const state = new ScheduleState(model);
  state.place(0, 0);
  const where = (id: string) => model.slotIds[state.slotOf[model.meetingIds.indexOf(id)]] ?? null;
  const exchange = () =>
    new AugmentingPaths(state, new WorkBudget(1000), 8).exchange(1, participantCapacities(model));
  return { where, exchange };
}

describe('late repairs: Kempe swaps and depth-first paths', () => {
  it('places a meeting that chains and double ejections cannot, by exchanging two slots', () => {
    const { model, state, chains, index, where } = stuck(5);
    expect(chains.insert(index('new'), 1000)).toBe(false);
    expect(new DeepRepair(state, chains, participantCapacities(model)).insert(index('new'), 2)).toBe(false);
    expect(new KempeSwaps(state, chains, new WorkBudget(1000)).insert(index('new'))).toBe(true);
    expect(['new', 'h', 'g', 'k'].map(where)).toEqual(['a', 'b', 'b', 'a']);
    expect(state.placedCount).toBe(5);
  });

  it('leaves everything in place when the slot it frees has no table left', () => {
    // After the swap a holds k and j, b holds h and g: two tables each, none left for the new one.
    const { state, chains, index, where } = stuck(2);
    expect(new KempeSwaps(state, chains, new WorkBudget(1000)).insert(index('new'))).toBe(false);
    expect(['new', 'h', 'j', 'g', 'k'].map(where)).toEqual([null, 'a', 'a', 'b', 'b']);
  });

  it('stops once the work limit is spent', () => {
    const { state, chains, index, where } = stuck(5);
    expect(new KempeSwaps(state, chains, new WorkBudget(0)).insert(index('new'))).toBe(false);
    expect(where('new')).toBeNull();
  });

  it('finds the same schedule by a depth-first path that comes back to slot a', () => {
    const { state, chains, index, where } = stuck(5);
    const work = new WorkBudget(1000);
    expect(new AugmentingPaths(state, work, 8).insert(index('new'))).toBe(true);
    expect(['new', 'h', 'j', 'g', 'k'].map(where)).toEqual(['a', 'b', 'a', 'b', 'a']);
    expect(work.spent).toBeGreaterThan(0);
    expect(chains.insert(index('new'), 10)).toBe(false);
  });

  it('takes a failed depth-first path back whole', () => {
    const { state, index, where } = stuck(2);
    expect(new AugmentingPaths(state, new WorkBudget(1000), 8).insert(index('new'))).toBe(false);
    expect(['new', 'h', 'j', 'g', 'k'].map(where)).toEqual([null, 'a', 'a', 'b', 'b']);
  });

  it('exchanges a meeting of a saturated person for two others, one more placed', () => {
    const { where, exchange } = exchangeCase(0);
    expect(exchange()).toBe(true);
    expect(['w', 'u', 'f'].map(where)).toEqual([null, 'a', 'a']);
  });

  it('never exchanges a higher-priority meeting for lower ones', () => {
    const { where, exchange } = exchangeCase(1);
    expect(exchange()).toBe(false);
    expect(['w', 'u', 'f'].map(where)).toEqual(['a', null, null]);
  });

  it('leaves the whole solver a sound, complete schedule of that example', () => {
    const { instance } = stuck(5);
    const result = solveSchedule(instance);
    expect(verifySchedule(instance, result)).toEqual([]);
    expect(result.stats.unplaced).toBe(0);
  });

  it('keeps every hard rule and gives the same result twice on random instances', () => {
    const shape = {
      slots: 6,
      tables: 5,
      participants: 40,
      meetings: 150,
      availability: 0.5,
      curated: 0.2,
      groups: 0.1,
      fixed: 0.05,
    };
    for (let seed = 1; seed <= 20; seed++) {
      const instance = smallInstance(shape, seed);
      const first = solveSchedule(instance);
      expect(verifySchedule(instance, first)).toEqual([]);
      const again = solveSchedule(structuredClone(instance));
      expect(again.assignments).toEqual(first.assignments);
      expect(again.unplaced).toEqual(first.unplaced);
    }
  });
});
