import { DateTimeScalar } from './date-time.scalar.js';

describe('the DateTime scalar', () => {
  it('reads an instant only with its offset, and a real calendar day', () => {
    expect(DateTimeScalar.parseValue('2026-12-03T10:00:00-05:00')).toEqual(new Date('2026-12-03T15:00:00Z'));
    expect(DateTimeScalar.parseValue('2026-12-03T15:00Z')).toEqual(new Date('2026-12-03T15:00:00Z'));
    for (const refused of ['yesterday', '2027-02-30T10:00:00Z', '2026-12-03T10:00:00', '2026-12-03', 42])
      expect(() => DateTimeScalar.parseValue(refused)).toThrow(/offset/);
  });

  it('writes a Date, or the text a raw query hands back, as UTC', () => {
    expect(DateTimeScalar.serialize(new Date('2026-12-03T10:00:00-05:00'))).toBe('2026-12-03T15:00:00.000Z');
    expect(DateTimeScalar.serialize('2026-12-03 10:00:00-05')).toBe('2026-12-03T15:00:00.000Z');
    expect(() => DateTimeScalar.serialize('not a date')).toThrow();
  });
});
