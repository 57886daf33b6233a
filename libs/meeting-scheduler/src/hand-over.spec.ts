import { AugmentingPaths } from './augmenting-path.js';
import { EjectionChains } from './ejection-chain.js';
import { KempeSwaps } from './kempe-swap.js';
import { buildModel } from './model.js';
import { participantCapacities } from './participant-capacity.js';
import { ScheduleState } from './schedule-state.js';
import { solveSchedule } from './solve.js';
import type { ScheduleInstance } from './types.js';
import { verifySchedule } from './verify.js';
import { WorkBudget } from './work-budget.js';

/**
 * Slots a and b. x (u, w) sits in a and z (w, p) in b; the new meeting (u, v) can only take a, and
 * y (p, r), like z, can only take b. The new meeting pushes x to b, which pushes z out, and z has
 * no other slot: every path that keeps z placed fails, and so do chains and Kempe swaps. Leaving
 * z out and letting y (p's other meeting) in instead places three of the four, the optimum (z and
 * y both need p in b).
 */
function handOverCase(priorityOfY = 0) {
  const available: Record<string, string[]> = { u: ['a', 'b'], v: ['a'], w: ['a', 'b'], p: ['b'], r: ['b'] };
  const meetings: [string, string[], string | null, number][] = [
    ['x', ['u', 'w'], 'a', 0],
    ['z', ['w', 'p'], 'b', 0],
    ['new', ['u', 'v'], null, 0],
    ['y', ['p', 'r'], null, priorityOfY],
  ];
  const instance: ScheduleInstance = {
    slots: ['a', 'b'].map((id, s) => ({
      id,
      start: `2027-05-04T${10 + s}:00:00-04:00`,
      end: `2027-05-04T${10 + s}:30:00-04:00`,
    })),
    tables: 2,
    participants: Object.entries(available).map(([id, slots]) => ({ id, available: slots })),
    meetings: meetings.map(([id, participants, , priority]) => ({ id, participants, priority })),
  };
  const model = buildModel(instance);
  const state = new ScheduleState(model);
  const index = (id: string) => model.meetingIds.indexOf(id);
  for (const [id, , slot] of meetings) if (slot) state.place(index(id), model.slotIds.indexOf(slot));
  const where = (id: string) => model.slotIds[state.slotOf[index(id)]] ?? null;
  const paths = new AugmentingPaths(state, new WorkBudget(1000), 8);
  return { model, state, index, where, paths, instance };
}

describe('depth-first paths that hand over to another unplaced meeting', () => {
  it('places the new meeting when a pushed-out meeting may stay out for one of its participant’s others', () => {
    const { model, state, index, where, paths } = handOverCase();
    const chains = new EjectionChains(state);
    expect(chains.insert(index('new'), 1000)).toBe(false);
    expect(new KempeSwaps(state, chains, new WorkBudget(1000)).insert(index('new'))).toBe(false);
    expect(paths.insert(index('new'))).toBe(false);
    expect(paths.insert(index('new'), participantCapacities(model))).toBe(true);
    expect(['new', 'x', 'z', 'y'].map(where)).toEqual(['a', 'b', null, 'b']);
    expect(state.placedCount).toBe(3);
  });

  it('never hands over to a meeting of lower priority than the one left out', () => {
    const { model, index, where, paths } = handOverCase(-1);
    expect(paths.insert(index('new'), participantCapacities(model))).toBe(false);
    expect(['new', 'x', 'z', 'y'].map(where)).toEqual([null, 'a', 'b', null]);
  });

  it('lets the whole solver reach the optimum of that example', () => {
    const { instance } = handOverCase();
    const result = solveSchedule(instance);
    expect(verifySchedule(instance, result)).toEqual([]);
    expect(result.stats.unplaced).toBe(1);
  });
});
