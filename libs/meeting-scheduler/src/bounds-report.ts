import { classLowerBound, lowerBoundUnplaced } from './lower-bound.js';
import { buildModel } from './model.js';
import { participantCapacities } from './participant-capacity.js';
import type { ScheduleInstance } from './types.js';

export interface PriorityBound {
  priority: number;
  meetings: number;
  /** Meetings of this priority with no possible slot (participants, fixed meetings and tables considered). */
  noSlot: number;
  /**
   * Meetings of this priority left unplaced, at least, by any schedule that places every
   * meeting of the higher priorities that has a possible slot (as the lexicographic optimum does
   * whenever some schedule manages it).
   */
  unplaced: number;
}

export interface LowerBoundReport {
  /** Every schedule leaves at least this many meetings unplaced (the result's `stats.lowerBoundUnplaced`). */
  unplaced: number;
  /** Highest priority first. */
  byPriority: PriorityBound[];
}

/** The solver's proven lower bounds for a valid instance, for reports and benchmarks. */
export function lowerBounds(instance: ScheduleInstance): LowerBoundReport {
  const model = buildModel(instance);
  const overall = lowerBoundUnplaced(model, participantCapacities(model));
  const priorities = [...new Set(instance.meetings.map((m) => m.priority ?? 0))].sort((a, b) => b - a);
  const byPriority = priorities.map((priority, klass) => {
    let meetings = 0;
    let withoutSlot = 0;
    for (let m = 0; m < model.meetingCount; m++) {
      if (model.priorityClass[m] !== klass) continue;
      meetings++;
      if (model.candStart[m + 1] === model.candStart[m]) withoutSlot++;
    }
    return {
      priority,
      meetings,
      noSlot: withoutSlot,
      unplaced: withoutSlot + classLowerBound(model, klass).aboveAllPlaced,
    };
  });
  return { unplaced: overall.value, byPriority };
}
