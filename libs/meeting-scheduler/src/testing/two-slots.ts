import { buildModel } from '../model.js';
import { ScheduleState } from '../schedule-state.js';
import type { ScheduleInstance } from '../types.js';

/** A meeting of a hand-made example: its id, who meets, the slot it starts in (or none), its priority. */
export type Planned = [id: string, participants: string[], slot: string | null, priority?: number];

/**
 * h (v, w) and j (x, p) sit in a, g (u, x) and k (w, y) in b; the new meeting (u, v) finds u busy
 * in b and v busy in a. Moving h to b and k to a frees v in a for it.
 */
export const STUCK: Planned[] = [
  ['h', ['v', 'w'], 'a'],
  ['j', ['x', 'p'], 'a'],
  ['g', ['u', 'x'], 'b'],
  ['k', ['w', 'y'], 'b'],
  ['new', ['u', 'v'], null],
];

/** Two slots a and b, everyone free in both; `planned` meetings placed where their slot says. */
export function twoSlotSchedule(tables: number, planned: Planned[]) {
  const people = [...new Set(planned.flatMap(([, participants]) => participants))];
  const instance: ScheduleInstance = {
    slots: ['a', 'b'].map((id, s) => ({
      id,
      start: `2027-05-04T${10 + s}:00:00-04:00`,
      end: `2027-05-04T${10 + s}:30:00-04:00`,
    })),
    tables,
    participants: people.map((id) => ({ id })),
    meetings: planned.map(([id, participants, , priority]) => ({
      id,
      participants,
      priority: priority ?? 0,
    })),
  };
  const model = buildModel(instance);
  const state = new ScheduleState(model);
  const index = (id: string) => model.meetingIds.indexOf(id);
  for (const [id, , slot] of planned) if (slot) state.place(index(id), model.slotIds.indexOf(slot));
  const where = (id: string) => model.slotIds[state.slotOf[index(id)]] ?? null;
  return { instance, model, state, index, where };
}
