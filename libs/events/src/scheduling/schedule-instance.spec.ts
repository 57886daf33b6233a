import { solveSchedule, validateInstance } from '@app/meeting-scheduler';
import { buildInstance, readResult, type InstanceInput } from './schedule-instance.js';

function slots(n: number) {
  const ids = Array.from(
    { length: n },
    (_, i) => `2027-05-04T0${9 + Math.floor(i / 2)}:${i % 2 ? '30' : '00'}`,
  );
  const times = new Map(
    ids.map((id, i) => [
      id,
      {
        start: new Date(Date.UTC(2027, 4, 4, 13, 30 * i)),
        end: new Date(Date.UTC(2027, 4, 4, 13, 30 * (i + 1))),
      },
    ]),
  );
  return { slotIds: ids, slotTimes: times };
}

function solve(input: InstanceInput) {
  const outcome = validateInstance(JSON.parse(JSON.stringify(buildInstance(input))));
  if ('problems' in outcome) throw new Error(outcome.problems.join('\n'));
  return readResult(solveSchedule(outcome.instance), input.published, input.tables);
}

describe('event scheduling instance', () => {
  it('gives everyone every slot unless something blocks them', () => {
    const instance = buildInstance({
      ...slots(2),
      tables: 3,
      requests: [{ id: 'a', participants: ['u1', 'u2'], priority: 0 }],
      published: [],
      unavailable: new Map([['u2', new Set(['2027-05-04T09:00'])]]),
    });
    expect(instance.participants).toEqual([{ id: 'u1' }, { id: 'u2', available: ['2027-05-04T09:30'] }]);
    expect(instance.meetings).toEqual([{ id: 'r:a', participants: ['u1', 'u2'], priority: 0, fixed: null }]);
  });

  it('keeps a published meeting in its slot and at its table, and places new ones around it', () => {
    const result = solve({
      ...slots(2),
      tables: 2,
      requests: [
        { id: 'new1', participants: ['u1', 'u3'], priority: 0 },
        { id: 'new2', participants: ['u4', 'u5'], priority: 0 },
      ],
      published: [{ id: 'old', participants: ['u1', 'u2'], slotId: '2027-05-04T09:00', table: 2 }],
      unavailable: new Map([['u1', new Set(['2027-05-04T09:00'])]]),
    });
    expect(result.placements).toEqual(
      expect.arrayContaining([
        { kind: 'meeting', id: 'old', slotId: '2027-05-04T09:00', table: 2, fixed: true },
        { kind: 'request', id: 'new1', slotId: '2027-05-04T09:30', table: expect.any(Number), fixed: false },
      ]),
    );
    const tablesAt9 = result.placements.filter((p) => p.slotId === '2027-05-04T09:00').map((p) => p.table);
    expect(new Set(tablesAt9).size).toBe(tablesAt9.length);
    expect(result.unplaced).toEqual([]);
  });

  it('places staff-curated introductions first when not everything fits', () => {
    const result = solve({
      ...slots(1),
      tables: 1,
      requests: [
        { id: 'plain', participants: ['u1', 'u2'], priority: 0 },
        { id: 'curated', participants: ['u3', 'u4'], priority: 2 },
      ],
      published: [],
      unavailable: new Map(),
    });
    expect(result.placements.map((p) => p.id)).toEqual(['curated']);
    expect(result.unplaced).toEqual([{ requestId: 'plain', reason: 'NO_TABLE' }]);
  });
});
