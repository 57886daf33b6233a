import { buildModel, invert } from './model.js';
import { participantCapacities } from './participant-capacity.js';
import { Prng } from './prng.js';
import { PropagatingPlacer } from './propagating-placer.js';
import { tightlyBooked } from './tightly-booked.js';
import { GreedyPlacer } from './greedy.js';
import { ScheduleState } from './schedule-state.js';
import { solveSchedule } from './solve.js';
import type { ScheduleInstance } from './types.js';
import { verifySchedule } from './verify.js';

const slotList = (count: number) =>
  Array.from({ length: count }, (_, s) => ({
    id: `s${s}`,
    start: `2027-05-04T${String(8 + s).padStart(2, '0')}:00:00-04:00`,
    end: `2027-05-04T${String(8 + s).padStart(2, '0')}:30:00-04:00`,
  }));

/**
 * A planted schedule in which everyone can attend exactly the slots of their planted meetings
 * (the "100% tight" case), plus `extras` requests from a person with a spare slot to a person whose
 * every slot is taken, no two to the same person's partners: each must stay out, so the optimum
 * leaves out exactly the extras.
 */
function fullyTight(seed: number, extras: number): { instance: ScheduleInstance; optimum: number } {
  const random = new Prng(seed);
  const people = 30;
  const slotCount = 8;
  const slots = slotList(slotCount);
  const available: Set<number>[] = Array.from({ length: people }, () => new Set());
  const meetings: { id: string; participants: string[] }[] = [];
  for (let s = 0; s < slotCount; s++) {
    const order = random.shuffle(Array.from({ length: people }, (_, p) => p));
    for (let i = 0; i + 1 < order.length - 2; i += 2) {
      meetings.push({ id: `m${meetings.length}`, participants: [`u${order[i]}`, `u${order[i + 1]}`] });
      available[order[i]].add(s);
      available[order[i + 1]].add(s);
    }
  }
  // A newcomer per extra, who shares a slot with the full person: the request fits no schedule.
  const participants = available.map((slotsOf, p) => ({
    id: `u${p}`,
    available: [...slotsOf].map((s) => `s${s}`),
  }));
  // No two of those full people meet: each extra then raises the bound by one.
  const blocked = new Set<string>();
  for (let k = 0; k < extras; k++) {
    let target = random.int(people);
    while (blocked.has(`u${target}`) || available[target].size === 0) target = random.int(people);
    for (const meeting of meetings)
      if (meeting.participants.includes(`u${target}`)) meeting.participants.forEach((id) => blocked.add(id));
    const slot = [...available[target]][0];
    participants.push({ id: `new${k}`, available: [`s${slot}`, `s${(slot + 1) % slotCount}`] });
    meetings.push({ id: `x${k}`, participants: [`new${k}`, `u${target}`] });
  }
  const instance: ScheduleInstance = {
    slots,
    tables: people,
    participants,
    meetings: random.shuffle(meetings).map((m) => ({ ...m, priority: 0, fixed: null })),
  };
  return { instance, optimum: extras };
}

describe('PropagatingPlacer', () => {
  it('starts a fully tight planted schedule with fewer meetings left out than the greedy placer', () => {
    let propagated = 0;
    let greedy = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { instance } = fullyTight(seed, 0);
      const model = buildModel(instance);
      const slotMeetings = invert(model.candStart, model.candList, model.slotCount);
      const all = Array.from({ length: model.meetingCount }, (_, m) => m);
      const capacity = participantCapacities(model);
      propagated += new PropagatingPlacer(new ScheduleState(model), slotMeetings).place(all, capacity).length;
      greedy += new GreedyPlacer(new ScheduleState(model), slotMeetings).place(all, capacity).length;
    }
    expect(propagated).toBeLessThan(greedy);
  });

  it('is chosen for instances where most people can attend barely more slots than they have meetings', () => {
    expect(tightlyBooked(buildModel(fullyTight(1, 0).instance))).toBe(true);
    // The same people, free all day, with a third of those meetings: five slots or more to spare.
    const tight = fullyTight(1, 0).instance;
    const everySlot = tight.slots.map((slot) => slot.id);
    const loose = {
      ...tight,
      participants: tight.participants.map((p) => ({ ...p, available: everySlot })),
      meetings: tight.meetings.filter((_, i) => i % 3 === 0),
    };
    expect(tightlyBooked(buildModel(loose))).toBe(false);
  });

  it('keeps a meeting out of slots that two other meetings of its participant need (matching filter)', () => {
    // u-a and u-b can only take slots 0 and 1, so u-c must take slot 2, although c's other meetings
    // want slot 2 more than slot 1 (which the least-wanted choice alone would give u-c). u and c
    // each have a slot to spare, so no hidden single decides it.
    const slots = slotList(8);
    const at = (...indices: number[]) => indices.map((s) => `s${s}`);
    const instance: ScheduleInstance = {
      slots,
      tables: 6,
      participants: [
        { id: 'u', available: at(0, 1, 2, 6, 7) },
        { id: 'a', available: at(0, 1) },
        { id: 'b', available: at(0, 1) },
        { id: 'c', available: at(1, 2, 3, 4, 5) },
        { id: 'd', available: at(2, 3) },
        { id: 'e', available: at(2, 4) },
        { id: 'f', available: at(2, 5) },
        { id: 'g', available: at(6, 7) },
      ],
      meetings: [
        ['u', 'c'],
        ['u', 'a'],
        ['u', 'b'],
        ['c', 'd'],
        ['c', 'e'],
        ['c', 'f'],
        ['u', 'g'],
      ].map((participants, i) => ({ id: `m${i}`, participants, priority: 0, fixed: null })),
    };
    const model = buildModel(instance);
    const state = new ScheduleState(model);
    const placer = new PropagatingPlacer(state, invert(model.candStart, model.candList, model.slotCount));
    const all = Array.from({ length: model.meetingCount }, (_, m) => m);
    expect(placer.place(all, participantCapacities(model))).toEqual([]);
    expect(model.slotIds[state.slotOf[0]]).toBe('s2');
  });

  it('places the same way every time', () => {
    const { instance } = fullyTight(3, 4);
    const model = buildModel(instance);
    const slotMeetings = invert(model.candStart, model.candList, model.slotCount);
    const all = Array.from({ length: model.meetingCount }, (_, m) => m);
    const runs = [1, 2].map(() => {
      const state = new ScheduleState(model);
      new PropagatingPlacer(state, slotMeetings).place(all, participantCapacities(model));
      return Array.from(state.slotOf);
    });
    expect(runs[1]).toEqual(runs[0]);
  });

  it('keeps what is already placed and returns exactly the meetings it could not place', () => {
    const { instance } = fullyTight(7, 3);
    const model = buildModel(instance);
    const state = new ScheduleState(model);
    const placer = new PropagatingPlacer(state, invert(model.candStart, model.candList, model.slotCount));
    const capacity = participantCapacities(model);
    state.place(0, model.candList[model.candStart[0]]);
    const first = state.slotOf[0];
    const rest = Array.from({ length: model.meetingCount - 1 }, (_, m) => m + 1);
    const unplaced = placer.place(rest, capacity);
    expect(state.slotOf[0]).toBe(first);
    expect(new Set(unplaced)).toEqual(new Set(rest.filter((m) => state.slotOf[m] < 0)));
    expect(state.placedCount + unplaced.length).toBe(model.meetingCount);
  });
});

describe('solveSchedule on fully tight planted instances', () => {
  it('reaches the optimum, leaving out only what the deficits force', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { instance, optimum } = fullyTight(seed, 4);
      const result = solveSchedule(instance);
      expect(verifySchedule(instance, result)).toEqual([]);
      expect(result.stats.unplaced).toBe(optimum);
      expect(result.stats.lowerBoundUnplaced).toBe(optimum);
    }
  });
});
