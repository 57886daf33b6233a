import { utcToZoned, zonedToUtc } from './zoned-time';

describe('zoned time', () => {
  it('reads a Montréal wall-clock time in winter and in summer', () => {
    expect(zonedToUtc('2027-01-15', '09:30', 'America/Montreal')).toBe('2027-01-15T14:30:00.000Z');
    expect(zonedToUtc('2027-07-15', '09:30', 'America/Montreal')).toBe('2027-07-15T13:30:00.000Z');
  });

  it('is right on the day clocks change', () => {
    expect(zonedToUtc('2027-03-14', '10:00', 'America/Toronto')).toBe('2027-03-14T14:00:00.000Z');
    expect(zonedToUtc('2027-11-07', '10:00', 'America/Toronto')).toBe('2027-11-07T15:00:00.000Z');
  });

  it('shows an instant as the clocks of another zone do', () => {
    expect(utcToZoned('2027-07-15T13:30:00.000Z', 'America/Vancouver')).toEqual({
      date: '2027-07-15',
      time: '06:30',
    });
    expect(utcToZoned(zonedToUtc('2027-02-01', '23:45', 'Asia/Tokyo'), 'Asia/Tokyo')).toEqual({
      date: '2027-02-01',
      time: '23:45',
    });
  });
});
