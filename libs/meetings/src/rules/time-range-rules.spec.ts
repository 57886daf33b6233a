import { FieldProblems } from '@app/common';
import { checkMeetingRange, checkProposals, mergeRanges, wallClockMinutes } from './time-range-rules.js';

const now = new Date('2026-12-01T12:00:00Z');
const at = (hhmm: string, day = '2026-12-03') => new Date(`${day}T${hhmm}:00Z`);

describe('meeting time rules', () => {
  it('accepts 15 minutes to 3 hours in the future', () => {
    const problems = new FieldProblems();
    expect(checkMeetingRange(problems, 'slot', { start: at('10:00'), end: at('10:15') }, now)).toBe(true);
    expect(checkMeetingRange(problems, 'slot', { start: at('10:00'), end: at('13:00') }, now)).toBe(true);
    expect(problems.isEmpty).toBe(true);
  });

  it('names every broken rule of a range', () => {
    const problems = new FieldProblems();
    checkMeetingRange(
      problems,
      'slot',
      { start: at('10:00', '2026-11-30'), end: at('10:10', '2026-11-30') },
      now,
    );
    checkMeetingRange(problems, 'other', { start: at('10:00'), end: at('09:00') }, now);
    checkMeetingRange(problems, 'long', { start: at('10:00'), end: at('13:01') }, now);
    expect(problems.list.map((p) => [p.path, p.message.en])).toEqual([
      ['slot', 'must last at least {min} minutes.'],
      ['slot', 'is in the past.'],
      ['other', 'must end after it starts.'],
      ['long', 'must last at most {max} hours.'],
    ]);
  });

  it('refuses more than three proposals and overlapping ones', () => {
    const problems = new FieldProblems();
    const usable = checkProposals(
      problems,
      'proposedSlots',
      [
        { start: at('10:00'), end: at('11:00') },
        { start: at('10:30'), end: at('11:30') },
        { start: at('11:00'), end: at('12:00') },
        { start: at('14:00'), end: at('15:00') },
      ],
      now,
    );
    expect(usable).toEqual([0, 3]);
    expect(problems.list.map((p) => [p.path, p.params])).toEqual([
      ['proposedSlots', { max: 3 }],
      ['proposedSlots[1]', { other: 1 }],
      ['proposedSlots[2]', { other: 2 }],
    ]);
  });

  it('merges overlapping and touching availability', () => {
    expect(
      mergeRanges([
        { start: at('13:00'), end: at('14:00') },
        { start: at('09:00'), end: at('10:00') },
        { start: at('10:00'), end: at('11:00') },
        { start: at('13:30'), end: at('13:45') },
      ]).map((r) => [r.start.toISOString().slice(11, 16), r.end.toISOString().slice(11, 16)]),
    ).toEqual([
      ['09:00', '11:00'],
      ['13:00', '14:00'],
    ]);
  });

  it('reads wall-clock times, midnight as 24:00 at the end of a day', () => {
    expect(wallClockMinutes('09:30')).toBe(570);
    expect(wallClockMinutes('24:00')).toBe(1440);
    expect(wallClockMinutes('24:01')).toBeNull();
    expect(wallClockMinutes('9:30')).toBeNull();
  });
});
