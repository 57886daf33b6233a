import { classLowerBound } from './lower-bound.js';
import { buildModel } from './model.js';
import { solveSchedule } from './solve.js';
import { exactOptimum } from './testing/exact-schedule.js';
import { smallInstance, type SmallShape } from './testing/small-instances.js';
import type { ScheduleInstance } from './types.js';
import { verifySchedule } from './verify.js';

const INSTANCES = 300;

function shapeFor(seed: number): SmallShape {
  return {
    slots: 3 + (seed % 3),
    tables: 1 + (seed % 3),
    participants: 3 + (seed % 4),
    meetings: 5 + (seed % 6),
    availability: 0.5 + 0.1 * (seed % 5),
    curated: seed % 2 === 0 ? 0 : 0.3,
    groups: 0.15,
    fixed: seed % 3 === 0 ? 0.2 : 0,
  };
}

/**
 * The meetings of this priority and above, plus the fixed ones (every schedule holds those),
 * counted in this class since they are placed anyway.
 */
function upToClass(instance: ScheduleInstance, priority: number): ScheduleInstance {
  const meetings = instance.meetings
    .filter((m) => (m.priority ?? 0) >= priority || m.fixed)
    .map((m) => ({ ...m, priority: Math.max(m.priority ?? 0, priority) }));
  return { ...instance, meetings };
}

describe('lower bound and solution against exhaustive search on small instances', () => {
  const cases = Array.from({ length: INSTANCES }, (_, seed) => {
    const instance = smallInstance(shapeFor(seed), seed);
    return { seed, instance, result: solveSchedule(instance), exact: exactOptimum(instance) };
  });

  it('produces schedules that keep every hard rule', () => {
    for (const { seed, instance, result } of cases)
      expect([seed, verifySchedule(instance, result)]).toEqual([seed, []]);
  });

  it('never reports a lower bound above the true minimum of unplaced meetings', () => {
    for (const { seed, result, exact } of cases) {
      expect([seed, result.stats.lowerBoundUnplaced <= exact.minUnplaced]).toEqual([seed, true]);
    }
  });

  it('never claims more than the optimum, and reaches the lexicographic optimum almost always', () => {
    let missed = 0;
    for (const { seed, instance, result, exact } of cases) {
      expect([seed, exact.minUnplaced <= result.stats.unplaced]).toEqual([seed, true]);
      const optimumUnplaced = instance.meetings.length - exact.lexicographicPlaced.reduce((a, b) => a + b, 0);
      expect([seed, result.stats.unplaced - optimumUnplaced <= 1]).toEqual([seed, true]);
      if (result.stats.unplaced > optimumUnplaced) missed++;
    }
    expect(missed).toBeLessThanOrEqual(INSTANCES * 0.02);
  });

  it('places each priority class as the lexicographic optimum does, never trading up', () => {
    for (const { seed, instance, result, exact } of cases) {
      const placed = new Set(result.assignments.map((a) => a.meeting));
      const priorities = [...new Set(instance.meetings.map((m) => m.priority ?? 0))].sort((a, b) => b - a);
      const ours = priorities.map(
        (p) => instance.meetings.filter((m) => (m.priority ?? 0) === p && placed.has(m.id)).length,
      );
      // The highest class where we differ must be one where we place fewer (we cannot beat the optimum).
      const first = ours.findIndex((count, k) => count !== exact.lexicographicPlaced[k]);
      if (first >= 0) expect([seed, ours[first] < exact.lexicographicPlaced[first]]).toEqual([seed, true]);
    }
  });

  it('keeps the per-class targets of the search valid', () => {
    for (const { seed, instance } of cases) {
      const model = buildModel(instance);
      const priorities = [...new Set(instance.meetings.map((m) => m.priority ?? 0))].sort((a, b) => b - a);
      priorities.forEach((priority, klass) => {
        const bound = classLowerBound(model, klass);
        const scoped = upToClass(instance, priority);
        const scopedModel = buildModel(scoped);
        let withoutSlot = 0;
        for (let m = 0; m < scopedModel.meetingCount; m++) {
          if (scopedModel.candStart[m + 1] === scopedModel.candStart[m]) withoutSlot++;
        }
        const exact = exactOptimum(scoped);
        expect([seed, klass, bound.upToClass <= exact.minUnplaced - withoutSlot]).toEqual([
          seed,
          klass,
          true,
        ]);
        const higher = exact.lexicographicPlaced.slice(0, -1).reduce((a, b) => a + b, 0);
        const higherPlaceable = scoped.meetings.filter(
          (m, i) => (m.priority ?? 0) > priority && scopedModel.candStart[i + 1] > scopedModel.candStart[i],
        ).length;
        if (higher === higherPlaceable) {
          const own = scoped.meetings.filter(
            (m, i) =>
              (m.priority ?? 0) === priority && scopedModel.candStart[i + 1] > scopedModel.candStart[i],
          ).length;
          const ownUnplaced = own - (exact.lexicographicPlaced.at(-1) as number);
          expect([seed, klass, bound.aboveAllPlaced <= ownUnplaced]).toEqual([seed, klass, true]);
        }
      });
    }
  });
});
