import { dueWeek, isoWeek } from './digest-schedule.js';

describe('when the weekly digest is due', () => {
  it('is Monday from 8:00 in the person’s own time zone', () => {
    // Monday 2 December 2030, 13:00 UTC = 8:00 in Montréal, 5:00 in Vancouver.
    const monday8Montreal = new Date('2030-12-02T13:00:00Z');
    expect(dueWeek(monday8Montreal, 'America/Montreal')).toBe('2030-W49');
    expect(dueWeek(monday8Montreal, 'America/Vancouver')).toBeNull();
    expect(dueWeek(new Date('2030-12-02T12:59:00Z'), 'America/Montreal')).toBeNull();
    expect(dueWeek(new Date('2030-12-03T13:00:00Z'), 'America/Montreal')).toBeNull();
    expect(dueWeek(monday8Montreal, 'Not/AZone')).toBe('2030-W49');
  });

  it('names ISO weeks across a year’s end', () => {
    expect(isoWeek(2030, 12, 30)).toBe('2031-W01');
    expect(isoWeek(2027, 1, 1)).toBe('2026-W53');
  });
});
