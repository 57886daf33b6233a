import type { ScheduleState } from './schedule-state.js';

/** Passes over the placed meetings; each one that moves nothing ends the compaction earlier. */
const MAX_PASSES = 8;

/**
 * Idle gaps of one person in one run of back-to-back slots, given how many stretches of
 * consecutive meetings they have there: every stretch after the first follows a wait.
 */
export const gapsOf = (stretches: number) => (stretches > 1 ? stretches - 1 : 0);

/**
 * Makes each person's day more compact without placing or unplacing anything: a placed meeting
 * moves to another open slot of its own when that closes more of its participants' idle gaps than
 * it opens. Fixed and pinned meetings stay. Meetings are visited in index order and each takes
 * its best slot (ties to the earliest), so the result depends on the schedule alone.
 */
export function compactDays(state: ScheduleState): void {
  const { model } = state;
  const stretches = countStretches(state);
  const { meetingCount, candStart, candList, partStart, partList, runCount, runOf } = model;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (let m = 0; m < meetingCount; m++) {
      const from = state.slotOf[m];
      if (from < 0 || state.pinned[m] || !waits(stretches, model, m)) continue;
      let best = -1;
      let bestChange = 0;
      for (let c = candStart[m]; c < candStart[m + 1]; c++) {
        const to = candList[c];
        if (to === from || !state.fits(m, to)) continue;
        const change = gapChange(state, stretches, m, from, to);
        if (change < bestChange) {
          bestChange = change;
          best = to;
        }
      }
      if (best < 0) continue;
      for (let k = partStart[m]; k < partStart[m + 1]; k++) {
        const p = partList[k];
        stretches[p * runCount + runOf[from]] += occupiedBeside(state, p, from, -1) - 1;
        stretches[p * runCount + runOf[best]] += 1 - occupiedBeside(state, p, best, from);
      }
      state.remove(m);
      state.place(m, best);
      moved = true;
    }
    if (!moved) return;
  }
}

/** Whether some participant of m has an idle gap anywhere: otherwise no move of m can close one. */
function waits(stretches: Int32Array, model: ScheduleState['model'], m: number): boolean {
  const { partStart, partList, runCount } = model;
  for (let k = partStart[m]; k < partStart[m + 1]; k++) {
    const base = partList[k] * runCount;
    for (let r = 0; r < runCount; r++) if (stretches[base + r] > 1) return true;
  }
  return false;
}

/** How many idle gaps its participants gain (negative: lose) when m moves from `from` to `to`. */
function gapChange(state: ScheduleState, stretches: Int32Array, m: number, from: number, to: number): number {
  const { partStart, partList, runCount, runOf } = state.model;
  let change = 0;
  for (let k = partStart[m]; k < partStart[m + 1]; k++) {
    const p = partList[k];
    // Leaving `from` splits a stretch (two neighbours), shortens one (one) or ends one (none);
    // arriving at `to`, with `from` already empty, does the reverse.
    const leave = occupiedBeside(state, p, from, -1) - 1;
    const arrive = 1 - occupiedBeside(state, p, to, from);
    const fromRun = p * runCount + runOf[from];
    const toRun = p * runCount + runOf[to];
    if (fromRun === toRun) {
      change += gapsOf(stretches[fromRun] + leave + arrive) - gapsOf(stretches[fromRun]);
    } else {
      change += gapsOf(stretches[fromRun] + leave) - gapsOf(stretches[fromRun]);
      change += gapsOf(stretches[toRun] + arrive) - gapsOf(stretches[toRun]);
    }
  }
  return change;
}

/** How many of the slots just before and after s, in its run, hold a meeting of p (other than in `vacated`). */
function occupiedBeside(state: ScheduleState, p: number, s: number, vacated: number): number {
  const { slotCount, runOf } = state.model;
  const base = p * slotCount;
  let count = 0;
  if (s > 0 && s - 1 !== vacated && runOf[s - 1] === runOf[s] && state.busy[base + s - 1] >= 0) count++;
  if (s + 1 < slotCount && s + 1 !== vacated && runOf[s + 1] === runOf[s] && state.busy[base + s + 1] >= 0)
    count++;
  return count;
}

/** Per participant and run of slots, the stretches of consecutive meetings. */
function countStretches(state: ScheduleState): Int32Array {
  const { participantCount, slotCount, runCount, runOf } = state.model;
  const stretches = new Int32Array(participantCount * runCount);
  for (let p = 0; p < participantCount; p++) {
    for (let s = 0; s < slotCount; s++) {
      if (state.busy[p * slotCount + s] < 0) continue;
      const continues = s > 0 && runOf[s - 1] === runOf[s] && state.busy[p * slotCount + s - 1] >= 0;
      if (!continues) stretches[p * runCount + runOf[s]]++;
    }
  }
  return stretches;
}
