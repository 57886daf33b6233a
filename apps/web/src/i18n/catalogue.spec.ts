import { AREAS, CATALOGUE } from './catalogue';
import { placeholdersOf } from './translate';

describe('the i18n catalogue', () => {
  const fr = Object.keys(CATALOGUE.fr).sort();
  const en = Object.keys(CATALOGUE.en).sort();

  it('has every key in both French and English', () => {
    expect(fr.filter((key) => !(key in CATALOGUE.en))).toEqual([]);
    expect(en.filter((key) => !(key in CATALOGUE.fr))).toEqual([]);
    expect(fr.length).toBeGreaterThan(200);
  });

  it('has a text for every key in both languages', () => {
    const blank = fr.filter((key) => !CATALOGUE.fr[key as never] || !CATALOGUE.en[key as never]);
    expect(blank).toEqual([]);
  });

  it('asks for the same placeholders in both languages', () => {
    const differing = fr.filter(
      (key) =>
        placeholdersOf(CATALOGUE.fr[key as never]).join() !==
        placeholdersOf(CATALOGUE.en[key as never]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('defines each key in one area only, so no text silently replaces another', () => {
    const seen = new Map<string, number>();
    AREAS.forEach((area, index) => {
      for (const key of Object.keys(area.fr)) {
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, index);
      }
    });
  });

  it('gives every plural both a singular and a plural form', () => {
    const plurals = fr.filter((key) => key.endsWith('.one') || key.endsWith('.other'));
    for (const key of plurals) {
      const stem = key.replace(/\.(one|other)$/, '');
      expect([key, `${stem}.one` in CATALOGUE.fr && `${stem}.other` in CATALOGUE.fr]).toEqual([key, true]);
    }
  });
});
