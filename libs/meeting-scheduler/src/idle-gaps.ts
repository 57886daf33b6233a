import { gapsOf } from './compact-days.js';
import { buildModel, type SchedulingModel } from './model.js';
import type { ScheduleInstance, ScheduleResult } from './types.js';

export interface IdleGaps {
  /** Waits between two of a person's meetings in one run of back-to-back slots, over everyone. */
  gaps: number;
  /** People with at least one meeting placed. */
  people: number;
  /** gaps / people (0 when nobody meets). */
  meanPerPerson: number;
}

/**
 * How compact a schedule leaves people's days: an idle gap is one or more empty slots between two
 * of a person's meetings within a run of back-to-back slots (a day; a break splits it).
 */
export function idleGaps(instance: ScheduleInstance, result: Pick<ScheduleResult, 'assignments'>): IdleGaps {
  const model = buildModel(instance);
  const meetingIndex = new Map(model.meetingIds.map((id, m) => [id, m]));
  const slotIndex = new Map(model.slotIds.map((id, s) => [id, s]));
  const slotOf = new Int32Array(model.meetingCount).fill(-1);
  for (const { meeting, slot } of result.assignments) {
    slotOf[meetingIndex.get(meeting) as number] = slotIndex.get(slot) as number;
  }
  const { gaps, people } = idleGapsOf(model, slotOf);
  return { gaps, people, meanPerPerson: people === 0 ? 0 : gaps / people };
}

/** The idle gaps of every participant of the model's instance, given each meeting's slot (-1: unplaced). */
export function idleGapsOf(model: SchedulingModel, slotOf: Int32Array): { gaps: number; people: number } {
  const { participantCount, slotCount, runCount, runOf, partStart, partList } = model;
  const busy = new Uint8Array(participantCount * slotCount);
  for (let m = 0; m < model.meetingCount; m++) {
    if (slotOf[m] < 0) continue;
    for (let k = partStart[m]; k < partStart[m + 1]; k++) busy[partList[k] * slotCount + slotOf[m]] = 1;
  }
  let gaps = 0;
  let people = 0;
  const stretches = new Int32Array(runCount);
  for (let p = 0; p < participantCount; p++) {
    stretches.fill(0);
    let any = false;
    for (let s = 0; s < slotCount; s++) {
      if (!busy[p * slotCount + s]) continue;
      any = true;
      if (!(s > 0 && runOf[s - 1] === runOf[s] && busy[p * slotCount + s - 1])) stretches[runOf[s]]++;
    }
    if (any) people++;
    for (const count of stretches) gaps += gapsOf(count);
  }
  return { gaps, people };
}
