import { fill, localeFromTag, placeholdersOf } from './translate';

describe('translate helpers', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(fill('{count} partenaires pour {name}', { count: 3 })).toBe('3 partenaires pour {name}');
  });

  it('never doubles a full stop after a name or a time that ends with one', () => {
    expect(fill('Your request was sent to {name}. You will be told.', { name: 'Acme Inc.' })).toBe(
      'Your request was sent to Acme Inc. You will be told.',
    );
    expect(fill('It expires on {date}.', { date: 'Dec 4, 10:00 a.m.' })).toBe(
      'It expires on Dec 4, 10:00 a.m.',
    );
    expect(fill('Sent to {name}.', { name: 'Acme' })).toBe('Sent to Acme.');
  });

  it('reads French from any French tag and English from any English tag', () => {
    expect(localeFromTag('fr-CA')).toBe('fr');
    expect(localeFromTag('en-GB')).toBe('en');
    expect(localeFromTag('de')).toBeUndefined();
  });

  it('lists placeholders in order', () => {
    expect(placeholdersOf('{b} et {a}')).toEqual(['a', 'b']);
  });
});
