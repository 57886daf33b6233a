import { DeepRepair } from './deep-repair.js';
import { EjectionChains } from './ejection-chain.js';
import { buildModel } from './model.js';
import { participantCapacities } from './participant-capacity.js';
import { ScheduleState } from './schedule-state.js';
import type { InstanceParticipant, ScheduleInstance } from './types.js';

/** Slots a, b, c…; meetings given as [id, participants]; `placed` maps meeting ids to slots. */
function setUp(
  tables: number,
  participants: InstanceParticipant[],
  meetings: [string, string[]][],
  placed: Record<string, string>,
) {
  const instance: ScheduleInstance = {
    slots: ['a', 'b', 'c'].map((id, s) => ({
      id,
      start: `2027-05-04T${10 + s}:00:00-04:00`,
      end: `2027-05-04T${10 + s}:30:00-04:00`,
    })),
    tables,
    participants,
    meetings: meetings.map(([id, people]) => ({ id, participants: people })),
  };
  const model = buildModel(instance);
  const state = new ScheduleState(model);
  const index = (id: string) => model.meetingIds.indexOf(id);
  for (const [id, slot] of Object.entries(placed)) state.place(index(id), model.slotIds.indexOf(slot));
  const where = (id: string) => model.slotIds[state.slotOf[index(id)]];
  return { model, state, index, where };
}

describe('ejection chains', () => {
  it('moves a chain of meetings, each into the slot the next one leaves', () => {
    const { state, index, where } = setUp(
      5,
      [
        { id: 'u1' },
        { id: 'u2', available: ['a', 'b'] },
        { id: 'u3', available: ['a'] },
        { id: 'u4', available: ['b', 'c'] },
      ],
      [
        ['m1', ['u1', 'u2']],
        ['m3', ['u1', 'u4']],
        ['new', ['u1', 'u3']],
      ],
      { m1: 'a', m3: 'b' },
    );
    expect(new EjectionChains(state).insert(index('new'), 100)).toBe(true);
    expect([where('new'), where('m1'), where('m3')]).toEqual(['a', 'b', 'c']);
  });

  it('frees a table by moving any meeting of a full slot', () => {
    const { state, index, where } = setUp(
      1,
      [{ id: 'u1' }, { id: 'u2' }, { id: 'u3', available: ['a'] }, { id: 'u4', available: ['a'] }],
      [
        ['m1', ['u1', 'u2']],
        ['new', ['u3', 'u4']],
      ],
      { m1: 'a' },
    );
    expect(new EjectionChains(state).insert(index('new'), 100)).toBe(true);
    expect([where('new'), where('m1')]).toEqual(['a', 'b']);
  });

  it('gives up without changing anything when no chain exists', () => {
    const { state, index, where } = setUp(
      5,
      [{ id: 'u1', available: ['a'] }, { id: 'u2' }, { id: 'u3' }],
      [
        ['m1', ['u1', 'u2']],
        ['new', ['u1', 'u3']],
      ],
      { m1: 'a' },
    );
    expect(new EjectionChains(state).insert(index('new'), 100)).toBe(false);
    expect([where('m1'), state.slotOf[index('new')]]).toEqual(['a', -1]);
  });
});

describe('deeper repairs', () => {
  it('pushes out the two meetings holding both participants and re-places each', () => {
    const { model, state, index, where } = setUp(
      5,
      [
        { id: 'u1' },
        { id: 'u2' },
        { id: 'u3', available: ['a'] },
        { id: 'u5', available: ['a', 'b'] },
        { id: 'u6', available: ['a', 'c'] },
      ],
      [
        ['x', ['u1', 'u5']],
        ['y', ['u2', 'u6']],
        ['new', ['u1', 'u2', 'u3']],
      ],
      { x: 'a', y: 'a' },
    );
    const chains = new EjectionChains(state);
    expect(chains.insert(index('new'), 100)).toBe(false);
    expect(new DeepRepair(state, chains, participantCapacities(model)).insert(index('new'), 1)).toBe(true);
    expect([where('new'), where('x'), where('y')]).toEqual(['a', 'b', 'c']);
  });

  it('replaces a meeting of a saturated participant when that lets another meeting in', () => {
    // u1 can only meet in a: swapping b1 for m1 frees u3, whose meeting n fits only in a.
    const { model, state, index, where } = setUp(
      5,
      [{ id: 'u1', available: ['a'] }, { id: 'u2' }, { id: 'u3' }, { id: 'u4', available: ['a'] }],
      [
        ['b1', ['u1', 'u3']],
        ['m1', ['u1', 'u2']],
        ['n', ['u3', 'u4']],
      ],
      { b1: 'a' },
    );
    const deep = new DeepRepair(state, new EjectionChains(state), participantCapacities(model));
    expect(deep.saturated(index('m1'))).toBe(true);
    expect(deep.replace(index('m1'))).toBe(true);
    expect([where('m1'), where('n'), state.slotOf[index('b1')]]).toEqual(['a', 'a', -1]);
    expect(state.placedCount).toBe(2);
  });
});
