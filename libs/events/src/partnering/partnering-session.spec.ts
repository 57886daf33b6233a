import { defaultPartneringDays, partneringSlots } from './partnering-session.js';
import { instantToZoned, isCalendarDate, minutesOfTime, zonedToInstant } from './zoned-time.js';

describe('wall-clock times in a zone', () => {
  it('turns a Montréal wall-clock time into the right instant in summer and winter', () => {
    expect(zonedToInstant('2027-05-04', 9 * 60, 'America/Montreal').toISOString()).toBe(
      '2027-05-04T13:00:00.000Z',
    );
    expect(zonedToInstant('2027-01-12', 9 * 60, 'America/Toronto').toISOString()).toBe(
      '2027-01-12T14:00:00.000Z',
    );
    expect(zonedToInstant('2027-01-12', 9 * 60, 'America/Vancouver').toISOString()).toBe(
      '2027-01-12T17:00:00.000Z',
    );
  });

  it('handles the days clocks change', () => {
    expect(zonedToInstant('2027-03-14', 12 * 60, 'America/Toronto').toISOString()).toBe(
      '2027-03-14T16:00:00.000Z',
    );
    expect(zonedToInstant('2027-11-07', 12 * 60, 'America/Toronto').toISOString()).toBe(
      '2027-11-07T17:00:00.000Z',
    );
  });

  it('reads an instant back as a local date and time', () => {
    expect(instantToZoned(new Date('2027-05-05T02:30:00Z'), 'America/Toronto')).toEqual({
      date: '2027-05-04',
      minutes: 22 * 60 + 30,
    });
  });

  it('checks dates and times strictly', () => {
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(minutesOfTime('24:00')).toBeNull();
    expect(minutesOfTime('9:00')).toBeNull();
    expect(minutesOfTime('09:05')).toBe(545);
  });
});

describe('partnering slots', () => {
  it('fills each day back to back and resumes after a break', () => {
    const slots = partneringSlots(
      [{ date: '2027-05-04', start: '09:00', end: '12:00', breaks: [{ start: '10:15', end: '10:30' }] }],
      30,
      'America/Montreal',
    );
    expect(slots.map((s) => s.id)).toEqual([
      '2027-05-04T09:00',
      '2027-05-04T09:30',
      '2027-05-04T10:30',
      '2027-05-04T11:00',
      '2027-05-04T11:30',
    ]);
    expect(slots[0].start.toISOString()).toBe('2027-05-04T13:00:00.000Z');
    expect(slots[0].end.toISOString()).toBe('2027-05-04T13:30:00.000Z');
  });

  it('drops a last slot that would run past the end of the day', () => {
    const slots = partneringSlots(
      [{ date: '2027-05-04', start: '09:00', end: '10:20', breaks: [] }],
      20,
      'UTC',
    );
    expect(slots).toHaveLength(4);
  });

  it('defaults to the event’s hours on each of its days', () => {
    const days = defaultPartneringDays(
      new Date('2027-05-04T13:00:00Z'),
      new Date('2027-05-05T21:00:00Z'),
      'America/Montreal',
    );
    expect(days).toEqual([
      { date: '2027-05-04', start: '09:00', end: '17:00', breaks: [] },
      { date: '2027-05-05', start: '09:00', end: '17:00', breaks: [] },
    ]);
  });
});
