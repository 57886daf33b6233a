import { deficitCover, type ClassRange } from './deficit-cover-bound.js';
import type { SchedulingModel } from './model.js';
import { participantCapacities } from './participant-capacity.js';
import { slotFlowBound } from './slot-flow-bound.js';

export interface LowerBound {
  /**
   * The better of two bounds, each proven on its own: the meetings without a candidate slot plus
   * the deficit cover of the others, and the meetings the tables cannot hold whoever meets whom.
   */
  value: number;
  /** Meetings without a candidate slot: never placed. */
  noCandidate: number;
  /** Meetings whose loss would serve two participants' deficits at once (see deficitCover). */
  sharedDrops: number[];
}

/** How many meetings every schedule leaves unplaced, at least. `capacity` from participantCapacities. */
export function lowerBoundUnplaced(model: SchedulingModel, capacity: Int32Array): LowerBound {
  const last = model.classCount - 1;
  const noCandidate = withoutCandidate(model, last);
  const cover = deficitCover(model, deficits(model, capacity, last), { from: 0, to: last });
  const participants = noCandidate + cover.bound;
  const tables = slotFlowBound(model);
  return { value: Math.max(participants, tables), noCandidate, sharedDrops: cover.sharedDrops };
}

export interface ClassBound {
  /** Per participant, the most of their meetings of this class or above that can be placed. */
  capacity: Int32Array;
  /** Unplaced meetings of this class and above (with a candidate slot), at least, in any schedule. */
  upToClass: number;
  /**
   * Unplaced meetings of this class (with a candidate slot), at least, in any schedule that places
   * every meeting with a candidate slot of the classes above.
   */
  aboveAllPlaced: number;
}

/** The bounds the solver works towards for one priority class, the classes below left aside. */
export function classLowerBound(model: SchedulingModel, priorityClass: number): ClassBound {
  const capacity = participantCapacities(model, priorityClass);
  const deficit = deficits(model, capacity, priorityClass);
  const tables = slotFlowBound(model, priorityClass) - withoutCandidate(model, priorityClass);
  const upToClass = deficitCover(model, deficit, { from: 0, to: priorityClass }).bound;
  const range: ClassRange = { from: priorityClass, to: priorityClass };
  const aboveAllPlaced = deficitCover(model, deficit, range).bound;
  return {
    capacity,
    upToClass: Math.max(upToClass, tables),
    aboveAllPlaced: Math.max(aboveAllPlaced, tables),
  };
}

function withoutCandidate(model: SchedulingModel, maxClass: number): number {
  let count = 0;
  for (let m = 0; m < model.meetingCount; m++) {
    if (model.priorityClass[m] <= maxClass && model.candStart[m + 1] === model.candStart[m]) count++;
  }
  return count;
}

/** Per participant: their meetings of class `maxClass` or above with a candidate slot, minus their capacity. */
function deficits(model: SchedulingModel, capacity: Int32Array, maxClass: number): Int32Array {
  const { participantCount, candStart, meetingsOfStart, meetingsOfList, priorityClass } = model;
  const deficit = new Int32Array(participantCount);
  for (let p = 0; p < participantCount; p++) {
    let placeable = 0;
    for (let k = meetingsOfStart[p]; k < meetingsOfStart[p + 1]; k++) {
      const m = meetingsOfList[k];
      if (priorityClass[m] <= maxClass && candStart[m + 1] > candStart[m]) placeable++;
    }
    deficit[p] = placeable - capacity[p];
  }
  return deficit;
}
