import { generateCompanies, toMatchProfile } from '@app/company-generator';
import { mayEnter, NeedCaps } from './engine/pair-bound.js';
import { scorePair, scoringContext, scratch } from './engine/pair-score.js';
import type { PreparedProfiles } from './engine/prepared.js';
import { partnersOf } from './engine/rank.js';
import { similarity } from './engine/similarity.js';
import { prepareProfiles, scoreCompanies } from './index.js';

const profiles = generateCompanies({ seed: 5, quebec: 90, ontario: 110 }).companies.map(toMatchProfile);

describe('the pair bound (engine/pair-bound.ts)', () => {
  const prepared = prepareProfiles(profiles);

  it('is never below a pair’s score or lens scores', () => {
    const core = prepared.core;
    expect(core.boundsHold).toBe(true);
    const ctx = scoringContext(core);
    const exact = scratch();
    const bound = scratch();
    let checked = 0;
    for (let a = 0; a < core.count; a++) {
      const caps = new NeedCaps(ctx, a);
      for (const b of partnersOf(prepared, a)) {
        const cosine = similarity(core.scienceIndex, a, b);
        const score = scorePair(ctx, a, b, cosine, exact.fit, exact.parts);
        const { theyOffer, theySeek, needMetForViewer, needMetForPartner } = exact.parts;
        const capA = caps.viewer(b);
        const capB = caps.partner(b);
        expect(capA * (1 + 1e-9)).toBeGreaterThanOrEqual(needMetForViewer);
        expect(capB * (1 + 1e-9)).toBeGreaterThanOrEqual(needMetForPartner);
        const at = (lens: number) => (lens > 0 ? lens : Infinity);
        const may = (s: number, o: number, k: number) =>
          mayEnter(ctx, a, b, cosine, capA, capB, bound.parts, s, o, k);
        expect(may(score, Infinity, Infinity)).toBe(true);
        if (theyOffer > 0) expect(may(Infinity, at(theyOffer), Infinity)).toBe(true);
        if (theySeek > 0) expect(may(Infinity, Infinity, at(theySeek))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(2 * 90 * 110);
  });

  it('leaves every feed as scoring every pair makes it', () => {
    const unpruned: PreparedProfiles = { ...prepared, core: { ...prepared.core, boundsHold: false } };
    const ids = profiles.map((p) => p.id);
    for (const [k, lensTopK] of [
      [5, 0],
      [3, 5],
      [10, 10],
    ])
      expect(scoreCompanies(prepared, ids, k, { lensTopK })).toEqual(
        scoreCompanies(unpruned, ids, k, { lensTopK }),
      );
  });

  it('is not used when a weight above 1 would make it no bound', () => {
    expect(prepareProfiles(profiles.slice(0, 20), { providerGain: 1.1 }).core.boundsHold).toBe(false);
  });
});
