import { lowerBounds } from './bounds-report.js';
import type { InstanceParticipant, ScheduleInstance } from './types.js';

function instance(
  slotCount: number,
  tables: number,
  participants: InstanceParticipant[],
  meetings: [string[], number?, string?][],
): ScheduleInstance {
  return {
    slots: Array.from({ length: slotCount }, (_, s) => ({
      id: `s${s}`,
      start: `2027-05-04T${10 + s}:00:00-04:00`,
      end: `2027-05-04T${10 + s}:30:00-04:00`,
    })),
    tables,
    participants,
    meetings: meetings.map(([people, priority, fixed], i) => ({
      id: `m${i}`,
      participants: people,
      priority,
      fixed,
    })),
  };
}

const people = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `u${i}` }));

describe('lower bounds', () => {
  it('counts what the tables cannot hold', () => {
    const bounds = lowerBounds(instance(2, 1, people(6), [[['u0', 'u1']], [['u2', 'u3']], [['u4', 'u5']]]));
    expect(bounds.unplaced).toBe(1);
  });

  it('counts tables already taken by fixed meetings', () => {
    const participants = [...people(4), { id: 'u4', available: ['s0'] }];
    const bounds = lowerBounds(
      instance(2, 1, participants, [[['u0', 'u1'], 0, 's0'], [['u2', 'u4']], [['u3', 'u2']]]),
    );
    expect(bounds.unplaced).toBe(1);
  });

  it('adds up the deficits of participants with more meetings than slots', () => {
    const bounds = lowerBounds(
      instance(1, 9, people(6), [[['u0', 'u2']], [['u0', 'u3']], [['u1', 'u4']], [['u1', 'u5']]]),
    );
    expect(bounds.unplaced).toBe(2);
  });

  it('lets one meeting serve the deficits of two participants', () => {
    const bounds = lowerBounds(instance(1, 9, people(4), [[['u0', 'u1']], [['u0', 'u2']], [['u1', 'u3']]]));
    expect(bounds.unplaced).toBe(1);
  });

  it('lets one meeting serve three participants at once', () => {
    const meetings: [string[]][] = [[['u0', 'u1', 'u2']], [['u0', 'u3']], [['u1', 'u4']], [['u2', 'u5']]];
    expect(lowerBounds(instance(1, 9, people(6), meetings)).unplaced).toBe(1);
  });

  it('rounds the half-integral cover up on an odd cycle', () => {
    // Three participants, two meetings each for one slot: the fractional cover is 1.5, the true one 2.
    const meetings: [string[]][] = [[['u0', 'u1']], [['u1', 'u2']], [['u0', 'u2']]];
    expect(lowerBounds(instance(1, 9, people(3), meetings)).unplaced).toBe(2);
  });

  it('reports the bound of each priority given that the higher ones are all placed', () => {
    // One slot, u0 in three meetings: the curated one is placed, the two others cannot be.
    const report = lowerBounds(
      instance(1, 9, people(4), [[['u0', 'u1'], 1], [['u0', 'u2']], [['u0', 'u3']]]),
    );
    expect(report).toEqual({
      unplaced: 2,
      byPriority: [
        { priority: 1, meetings: 1, noSlot: 0, unplaced: 0 },
        { priority: 0, meetings: 2, noSlot: 0, unplaced: 2 },
      ],
    });
  });
});
