import { prepareProfiles, scoreCompany, scoreFor, scoreSeenBy, termBag, termLiftTable } from './index.js';
import { lifted } from './engine/term-lift.js';
import { profile } from './test-profiles.js';

// The learned table (model/term-lift.ts) is data: these tests use associations any retraining on
// labelled partnerships keeps (a vaccine developer needing fill-finish, a plant that fills vials).
const developer = profile('vaccines', {
  stage: 'phase1',
  modalities: ['vaccines'],
  description: { en: 'We develop an mRNA vaccine against RSV, formulated in lipid nanoparticles.' },
  seeking: { en: 'A partner for aseptic fill-finish of our clinical vaccine lots.' },
});
const filler = profile('sterile-filler', {
  province: 'ON',
  sectors: ['cdmo'],
  offers: ['gmp_biologics'],
  description: {
    en: 'Sterile fill-finish of vaccines and mRNA-lipid products in vials and syringes, aseptic suites.',
  },
});
const tablets = profile('tablets', {
  province: 'ON',
  sectors: ['cdmo'],
  offers: ['gmp_biologics'],
  description: { en: 'Tablet compression, encapsulation and blister packaging of oral solid doses.' },
});
const background = [
  'wound dressings for burns',
  'veterinary vaccines for poultry',
  'sleep apnea devices',
].map((text, i) => profile(`bg${i}`, { province: i % 2 ? 'QC' : 'ON', description: { en: text } }));
const profiles = [developer, filler, tablets, ...background];

describe('the words’ learned evidence (engine/term-lift.ts)', () => {
  it('raises a partner whose words answer the viewer’s, in the feed and the lens', () => {
    const withEvidence = scoreCompany(prepareProfiles(profiles), 'vaccines', 10, { lensTopK: 10 });
    const without = scoreCompany(
      prepareProfiles(profiles, { termLift: 0, termLiftFeed: 0 }),
      'vaccines',
      10,
      {
        lensTopK: 10,
      },
    );
    const of = (feed: typeof without, id: string) => feed.find((p) => p.partnerId === id)!;
    expect(of(withEvidence, 'sterile-filler').components.liftViewer).toBeGreaterThan(0);
    expect(of(withEvidence, 'sterile-filler').score).toBeGreaterThan(of(without, 'sterile-filler').score);
    expect(of(withEvidence, 'sterile-filler').lenses.theyOffer).toBeGreaterThan(
      of(without, 'sterile-filler').lenses.theyOffer,
    );
    expect(withEvidence[0].partnerId).toBe('sterile-filler');
    // Evidence only adds: a partner the table knows nothing of for this viewer keeps its score.
    expect(of(withEvidence, 'tablets').score).toBeGreaterThanOrEqual(of(without, 'tablets').score);
  });

  it('keeps the score symmetric and the same from every entry point', () => {
    const prepared = prepareProfiles(profiles);
    const [fromDeveloper] = scoreFor(prepared, 'vaccines', ['sterile-filler']);
    const [fromFiller] = scoreFor(prepared, 'sterile-filler', ['vaccines']);
    expect(fromDeveloper.score).toBe(fromFiller.score);
    expect(fromDeveloper.components.liftViewer).toBe(fromFiller.components.liftPartner);
    const feed = scoreCompany(prepared, 'vaccines', 10, { lensTopK: 10 });
    const inFeed = feed.find((p) => p.partnerId === 'sterile-filler')!;
    expect(inFeed.score).toBe(fromDeveloper.score);
    // The filler's rescoring decides the developer's feed from the developer's side.
    const [seen] = scoreSeenBy(prepared, 'sterile-filler', ['vaccines']);
    expect(seen.score).toBeCloseTo(inFeed.score, 4);
    expect(seen.lenses.theyOffer).toBeCloseTo(inFeed.lenses.theyOffer, 4);
    expect(seen.lenses.theySeek).toBeCloseTo(inFeed.lenses.theySeek, 4);
  });

  it('lifts a score within 0..1 and leaves it when there is no evidence', () => {
    expect(lifted(0.4, 0, 4)).toBeCloseTo(0.4, 10);
    expect(lifted(0, 0.5, 4)).toBe(0);
    expect(lifted(0.4, 0.2, 4)).toBeGreaterThan(0.4);
    expect(lifted(0.4, -0.2, 4)).toBeLessThan(0.4);
    expect(lifted(0.99, 1, 4)).toBeLessThanOrEqual(1);
    expect(lifted(0.3, 0.1, 4)).toBeLessThan(lifted(0.35, 0.1, 4));
  });

  it('scores with the table it is given (the bench scores a tuning set with one learned without it)', () => {
    const feed = (table?: ReturnType<typeof termLiftTable>) =>
      scoreCompany(prepareProfiles(profiles, {}, table), 'vaccines', 10, { lensTopK: 10 });
    const without = scoreCompany(
      prepareProfiles(profiles, { termLift: 0, termLiftFeed: 0 }),
      'vaccines',
      10,
      {
        lensTopK: 10,
      },
    );
    // A table that knows nothing lifts nothing.
    const empty = feed(termLiftTable({ terms: [], rows: [] }));
    expect(empty.map((p) => [p.partnerId, p.score])).toEqual(without.map((p) => [p.partnerId, p.score]));
    // One cell, "fill-finish" in a seeker's words with "tablet" in a provider's, raises the tablet maker.
    const cell = [
      termBag(developer).find((t) => t.startsWith('fill'))!,
      termBag(tablets).find((t) => t.startsWith('tablet'))!,
    ];
    const tiny = feed(termLiftTable({ terms: cell, rows: [[[1, 3]], []] }));
    const of = (list: typeof without, id: string) => list.find((p) => p.partnerId === id)!;
    expect(of(tiny, 'tablets').components.liftViewer).toBeGreaterThan(0);
    expect(of(tiny, 'tablets').score).toBeGreaterThan(of(without, 'tablets').score);
  });
});
