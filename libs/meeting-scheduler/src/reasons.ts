import type { SchedulingModel } from './model.js';
import type { ScheduleState } from './schedule-state.js';
import type { UnplacedReason } from './types.js';

/**
 * Why meeting `m` stayed unplaced in the final schedule, the first that applies:
 * no slot common to all participants; a participant already holds as many meetings as their
 * slots can take (`capacity`); a common slot where all are free has no table left; otherwise
 * every common slot is taken by one of the participants' other meetings.
 */
export function unplacedReason(state: ScheduleState, m: number, capacity: Int32Array): UnplacedReason {
  const { model } = state;
  const { partStart, partList, slotCount, tables } = model;
  if (model.commonSlotCount[m] === 0) return 'NO_COMMON_SLOT';
  for (let k = partStart[m]; k < partStart[m + 1]; k++) {
    if (state.placedOf[partList[k]] >= capacity[partList[k]]) return 'PARTICIPANT_FULL';
  }
  for (let s = 0; s < slotCount; s++) {
    if (!commonSlot(model, m, s) || state.load[s] < tables) continue;
    let free = true;
    for (let k = partStart[m]; k < partStart[m + 1] && free; k++)
      free = state.busy[partList[k] * slotCount + s] < 0;
    if (free) return 'NO_TABLE';
  }
  return 'CONFLICT';
}

function commonSlot(model: SchedulingModel, m: number, s: number): boolean {
  const { partStart, partList, available, words } = model;
  for (let k = partStart[m]; k < partStart[m + 1]; k++) {
    if ((available[partList[k] * words + (s >>> 5)] & (1 << (s & 31))) === 0) return false;
  }
  return true;
}
