import { fill, localeFromTag, placeholdersOf } from './translate';

describe('translate helpers', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(fill('{count} partenaires pour {name}', { count: 3 })).toBe('3 partenaires pour {name}');
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
