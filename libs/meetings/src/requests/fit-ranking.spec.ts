import { compareFitKeys, fitKeyOf, positionAfter, type FitKey } from './fit-ranking.js';

const at = (minutes: number) => new Date(Date.UTC(2030, 0, 1, 0, minutes));

describe('ranking received requests by fit', () => {
  const keys: FitKey[] = [
    fitKeyOf({ id: 'a', createdAt: at(1), fit: { score: 0.4, demoted: false } }),
    fitKeyOf({ id: 'b', createdAt: at(2), fit: { score: 0.9, demoted: true } }),
    fitKeyOf({ id: 'c', createdAt: at(3), fit: { score: 0.4, demoted: false } }),
    fitKeyOf({ id: 'd', createdAt: at(4), fit: null }),
    fitKeyOf({ id: 'e', createdAt: at(5), fit: { score: 0.7, demoted: false } }),
  ].sort(compareFitKeys);

  it('puts the best fit first, newest first among equals, unscored next and demoted last', () => {
    expect(keys.map((k) => k[3])).toEqual(['e', 'c', 'a', 'd', 'b']);
  });

  it('continues after the cursor even when the cursor row moved', () => {
    expect(positionAfter(keys, keys[1])).toBe(2);
    // The cursor read "c" at 0.4; "c" now scores 0.8 and ranks second: the page still goes on after 0.4.
    const moved = [...keys];
    moved[1] = [2, 0.8, keys[1][2], 'c'];
    moved.sort(compareFitKeys);
    expect(moved[positionAfter(moved, keys[1])][3]).toBe('a');
    expect(positionAfter(keys, keys[4])).toBe(5);
  });
});
