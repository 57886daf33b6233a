import { prepareProfiles, scoreFor, scoreSeenBy } from './index.js';
import { profile } from './test-profiles.js';

// Two providers that say the same thing in the same words; only their kind differs.
const profiles = [
  profile('app-startup', {
    sectors: ['digital_health'],
    description: { en: 'A mobile app that coaches people with heart failure at home.' },
    seeking: { en: 'A partner to run a clinical validation study of our app with patients.' },
  }),
  profile('hospital', {
    province: 'ON',
    sectors: ['hospital'],
    description: { en: 'We run clinical validation studies of digital health tools with patients.' },
  }),
  profile('contract-research', {
    province: 'ON',
    sectors: ['cro'],
    description: { en: 'We run clinical validation studies of digital health tools with patients.' },
  }),
];

describe('which kinds of companies usually help which', () => {
  it('raises, for a digital health start-up, a hospital against a CRO that offers the same in the same words', () => {
    // Digital health companies are helped by hospitals far more often than by CROs (model/sector-lift.ts).
    const offered = (kindPrior?: number) => {
      const prepared = prepareProfiles(profiles, kindPrior === undefined ? {} : { kindPrior });
      const [hospital, cro] = scoreFor(prepared, 'app-startup', ['hospital', 'contract-research']);
      const [fromHospital] = scoreFor(prepared, 'hospital', ['app-startup']);
      const [fromCro] = scoreFor(prepared, 'contract-research', ['app-startup']);
      return {
        helps: hospital.lenses.theyOffer / cro.lenses.theyOffer,
        helped: fromHospital.lenses.theySeek / fromCro.lenses.theySeek,
      };
    };
    const leaning = offered();
    const neutral = offered(0);
    expect(leaning.helps).toBeGreaterThan(neutral.helps * 1.1);
    // seen from the providers, the start-up is likelier a client of the hospital's too
    expect(leaning.helped).toBeGreaterThan(neutral.helped * 1.1);
  });

  it('stops leaning on it when the model says so', () => {
    const partners = ['hospital', 'contract-research'];
    const leaning = scoreFor(prepareProfiles(profiles), 'app-startup', partners);
    const neutral = scoreFor(prepareProfiles(profiles, { kindPrior: 0 }), 'app-startup', partners);
    expect(neutral[0].lenses.theyOffer).toBeLessThan(leaning[0].lenses.theyOffer);
    expect(neutral[1].lenses.theyOffer / neutral[0].lenses.theyOffer).toBeGreaterThan(
      leaning[1].lenses.theyOffer / leaning[0].lenses.theyOffer,
    );
  });

  it("scores a company from each partner's side as the partner's feed would, lenses included", () => {
    const prepared = prepareProfiles(profiles);
    const seen = scoreSeenBy(prepared, 'app-startup', ['hospital', 'contract-research']);
    expect(seen.map((s) => s.viewerId)).toEqual(['hospital', 'contract-research']);
    for (const { viewerId, score, lenses } of seen) {
      const [asFeed] = scoreFor(prepared, viewerId, ['app-startup']);
      expect(score).toBeCloseTo(asFeed.score, 3);
      expect(lenses.theyOffer).toBeCloseTo(asFeed.lenses.theyOffer, 3);
      expect(lenses.theySeek).toBeCloseTo(asFeed.lenses.theySeek, 3);
    }
    // the lenses are not mirror images: seen from the hospital, the start-up is a client
    const [fromStartup] = scoreFor(prepared, 'app-startup', ['hospital']);
    expect(seen[0].lenses.theySeek).not.toBeCloseTo(fromStartup.lenses.theyOffer, 3);
  });

  it('keeps a pair worth the same to both sides, its one-way share and the kinds included', () => {
    const prepared = prepareProfiles(profiles);
    for (const partner of ['hospital', 'contract-research']) {
      const [there] = scoreFor(prepared, 'app-startup', [partner]);
      const [back] = scoreFor(prepared, partner, ['app-startup']);
      expect(back.score).toBe(there.score);
    }
  });
});
