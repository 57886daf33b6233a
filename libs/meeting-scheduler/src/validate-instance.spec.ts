import { validateInstance } from './validate-instance.js';

const slot = (id: string, hour: number) => ({
  id,
  start: `2027-05-04T${String(hour).padStart(2, '0')}:00:00-04:00`,
  end: `2027-05-04T${String(hour).padStart(2, '0')}:30:00-04:00`,
});

const valid = () => ({
  slots: [slot('a', 9), slot('b', 10)],
  tables: 2,
  participants: [{ id: 'u1', available: ['a'] }, { id: 'u2' }, { id: 'u3', available: ['a', 'b'] }],
  meetings: [
    { id: 'm1', participants: ['u1', 'u2'], priority: 2, fixed: 'a' },
    { id: 'm2', participants: ['u2', 'u3'] },
  ],
});

function problemsOf(json: unknown): string[] {
  const outcome = validateInstance(json);
  return 'problems' in outcome ? outcome.problems : [];
}

describe('validateInstance', () => {
  it('accepts a valid instance and fills in the defaults', () => {
    expect(validateInstance(valid())).toEqual({
      instance: {
        slots: valid().slots,
        tables: 2,
        participants: [{ id: 'u1', available: ['a'] }, { id: 'u2' }, { id: 'u3', available: ['a', 'b'] }],
        meetings: [
          { id: 'm1', participants: ['u1', 'u2'], priority: 2, fixed: 'a' },
          { id: 'm2', participants: ['u2', 'u3'], priority: 0, fixed: null },
        ],
      },
    });
  });

  it('accepts slots in any order, touching end to start, and null for "available everywhere"', () => {
    const json = {
      ...valid(),
      slots: [slot('b', 10), slot('a', 9)],
      participants: [{ id: 'u1', available: null }, { id: 'u2' }, { id: 'u3' }],
    };
    json.slots[0].start = '2027-05-04T09:30:00-04:00';
    expect(problemsOf(json)).toEqual([]);
  });

  it('rejects what is not an object', () => {
    expect(problemsOf([])).toEqual(['instance: must be a JSON object']);
    expect(problemsOf(null)).toEqual(['instance: must be a JSON object']);
  });

  it('lists missing sections and unknown fields', () => {
    expect(problemsOf({ extra: 1 })).toEqual([
      'extra: unknown field',
      'slots: required',
      'tables: required',
      'participants: required',
      'meetings: required',
    ]);
  });

  it('checks slots: ids, times, order of start and end, overlaps, unknown fields', () => {
    const json = {
      ...valid(),
      slots: [
        slot('a', 9),
        { id: 'a', start: '2027-05-04T12:00:00-04:00', end: '2027-05-04T12:30:00-04:00' },
        { id: '', start: '2027-05-04T09:15:00-04:00', end: '2027-05-04T10:15:00-04:00', room: 3 },
        { id: 'd', start: '2027-05-04T14:00:00-04:00', end: '2027-05-04T13:00:00-04:00' },
        { id: 'e', start: '2027-05-04 15:00', end: '2027-02-30T15:30:00Z' },
        { id: 'f', start: '2027-05-04T15:00:00', end: 7 },
        slot('b', 10),
        'g',
      ],
    };
    expect(problemsOf(json)).toEqual([
      'slots[1].id: duplicate id "a" (first used by slots[0])',
      'slots[2].room: unknown field',
      'slots[2].id: must be a non-empty string',
      'slots[3].end: must be after start',
      'slots[4].start: must be an ISO 8601 date-time with a UTC offset',
      'slots[4].end: must be an ISO 8601 date-time with a UTC offset',
      'slots[5].start: must be an ISO 8601 date-time with a UTC offset',
      'slots[5].end: must be an ISO 8601 date-time with a UTC offset',
      'slots[7]: must be an object',
      'slots[2]: overlaps slots[0]',
      'slots[6]: overlaps slots[2]',
    ]);
  });

  it('checks tables', () => {
    for (const tables of [0, -1, 1.5, '3', null]) {
      expect(problemsOf({ ...valid(), tables })).toEqual(['tables: must be a positive integer']);
    }
  });

  it('checks participants: ids, availability and unknown fields', () => {
    const json = {
      ...valid(),
      participants: [
        { id: 'u1', available: ['a', 'zz', 'a', 4] },
        { id: 'u2', available: 'a' },
        { id: 'u1', name: 'x' },
        { id: 7 },
        {},
        { id: 'u3' },
      ],
    };
    expect(problemsOf(json)).toEqual([
      'participants[0].available[1]: unknown slot "zz"',
      'participants[0].available[2]: slot "a" is listed twice',
      'participants[0].available[3]: must be a slot id (a string)',
      'participants[1].available: must be an array of slot ids',
      'participants[2].name: unknown field',
      'participants[2].id: duplicate id "u1" (first used by participants[0])',
      'participants[3].id: must be a non-empty string',
      'participants[4].id: required',
    ]);
  });

  it('checks meetings: ids, participants, priority, fixed slot and unknown fields', () => {
    const json = {
      ...valid(),
      meetings: [
        { id: 'm1', participants: ['u2', 'u9'], note: '' },
        { id: 'm1', participants: ['u2'] },
        { id: 'm3', participants: ['u2', 'u2', 5] },
        { id: 'm4', participants: 'u2,u3', priority: 'high' },
        { id: 'm5', participants: ['u2', 'u3'], fixed: 'zz' },
        { id: 'm6', participants: ['u2', 'u3'], fixed: 3 },
        { id: 'm7' },
      ],
    };
    expect(problemsOf(json)).toEqual([
      'meetings[0].note: unknown field',
      'meetings[0].participants[1]: unknown participant "u9"',
      'meetings[1].id: duplicate id "m1" (first used by meetings[0])',
      'meetings[1].participants: must list at least two participants',
      'meetings[2].participants[1]: participant "u2" is listed twice',
      'meetings[2].participants[2]: must be a participant id (a string)',
      'meetings[3].participants: must be an array',
      'meetings[3].priority: must be a number',
      'meetings[4].fixed: unknown slot "zz"',
      'meetings[5].fixed: must be a slot id or null',
      'meetings[6].participants: required',
    ]);
  });

  it('checks fixed meetings: availability, one per person and slot, no more than the tables', () => {
    const json = {
      ...valid(),
      tables: 1,
      meetings: [
        { id: 'm1', participants: ['u1', 'u2'], fixed: 'b' },
        { id: 'm2', participants: ['u2', 'u3'], fixed: 'a' },
        { id: 'm3', participants: ['u3', 'u2'], fixed: 'a' },
      ],
    };
    expect(problemsOf(json)).toEqual([
      'meetings[0].fixed: slot "b" is not available to participant "u1"',
      'meetings[2].fixed: participant "u3" already has fixed meeting "m2" in slot "a"',
      'meetings[2].fixed: participant "u2" already has fixed meeting "m2" in slot "a"',
      'meetings[2].fixed: slot "a" has more fixed meetings than tables (1)',
    ]);
  });
});
