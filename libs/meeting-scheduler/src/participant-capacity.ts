import type { SchedulingModel } from './model.js';

/**
 * For every participant, the most of their meetings that can be placed at all: a maximum
 * bipartite matching between their meetings and the candidate slots of each (they attend one
 * meeting per slot). Kuhn's augmenting paths suffice: the right side has only the slots.
 * Only meetings of priority class `maxClass` or higher count (all by default).
 */
export function participantCapacities(model: SchedulingModel, maxClass = Infinity): Int32Array {
  const { participantCount, slotCount, meetingsOfStart, meetingsOfList, candStart, candList, priorityClass } =
    model;
  const capacity = new Int32Array(participantCount);
  const meetingInSlot = new Int32Array(slotCount);
  const seen = new Int32Array(slotCount);
  let stamp = 0;

  const augment = (m: number): boolean => {
    for (let k = candStart[m]; k < candStart[m + 1]; k++) {
      const s = candList[k];
      if (seen[s] === stamp) continue;
      seen[s] = stamp;
      if (meetingInSlot[s] < 0 || augment(meetingInSlot[s])) {
        meetingInSlot[s] = m;
        return true;
      }
    }
    return false;
  };

  for (let p = 0; p < participantCount; p++) {
    meetingInSlot.fill(-1);
    let matched = 0;
    for (let k = meetingsOfStart[p]; k < meetingsOfStart[p + 1]; k++) {
      if (priorityClass[meetingsOfList[k]] > maxClass) continue;
      stamp++;
      if (augment(meetingsOfList[k])) matched++;
      if (matched === slotCount) break;
    }
    capacity[p] = matched;
  }
  return capacity;
}
