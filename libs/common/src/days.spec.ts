import { dayInZone, isActiveOn } from './days.js';

const DAY = '2027-05-04';

describe('membership on a day', () => {
  it('counts through its expiry day and not after', () => {
    expect(isActiveOn({ memberSince: '2020-01-01', expiresOn: '2027-05-04' }, DAY)).toBe(true);
    expect(isActiveOn({ memberSince: '2020-01-01', expiresOn: '2027-05-03' }, DAY)).toBe(false);
  });

  it('counts from its first day and not before', () => {
    expect(isActiveOn({ memberSince: '2027-05-04', expiresOn: null }, DAY)).toBe(true);
    expect(isActiveOn({ memberSince: '2027-05-05', expiresOn: null }, DAY)).toBe(false);
    expect(isActiveOn({ memberSince: null, expiresOn: null }, DAY)).toBe(true);
  });
});

describe('day in a time zone', () => {
  it('uses the zone’s calendar, not UTC', () => {
    expect(dayInZone(new Date('2027-05-05T02:30:00Z'), 'America/Toronto')).toBe('2027-05-04');
    expect(dayInZone(new Date('2027-05-05T02:30:00Z'), 'UTC')).toBe('2027-05-05');
  });
});
