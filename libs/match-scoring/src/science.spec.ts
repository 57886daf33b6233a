import { prepareProfiles, renderReason, scoreCompany } from './index.js';
import { similarity } from './engine/similarity.js';
import { scienceTerms } from './text/science-terms.js';
import { profile } from './test-profiles.js';
import type { MatchProfile } from './types.js';

const cosine = (profiles: MatchProfile[], a: string, b: string) => {
  const prepared = prepareProfiles(profiles);
  return similarity(prepared.core.scienceIndex, prepared.indexById.get(a)!, prepared.indexById.get(b)!);
};

/** Unrelated profiles, so that the compared words are not the commonest of the set. */
const background = [
  'wound dressings for burns',
  'veterinary vaccines for poultry',
  'sleep apnea devices',
].map((text, i) => profile(`bg${i}`, { province: i % 2 ? 'QC' : 'ON', description: { en: text } }));

describe('reading the science of a text', () => {
  it('gives inflected forms of a word the same stem, in French and in English', () => {
    expect([...scienceTerms('antibody antibodies', 'en').keys()]).toHaveLength(1);
    expect([...scienceTerms('anticorps thérapeutiques, thérapeutique', 'fr').keys()]).toHaveLength(2);
  });

  it('reads a French text and its English equivalent as the same science', () => {
    const profiles = [
      profile('fr', {
        description: { fr: 'Anticorps monoclonaux contre le cancer du sein triple négatif.' },
      }),
      profile('en', {
        province: 'ON',
        description: { en: 'Monoclonal antibodies against triple-negative breast cancer.' },
      }),
      profile('other', { province: 'ON', description: { en: 'Software for hospital pharmacy inventory.' } }),
      ...background,
    ];
    expect(cosine(profiles, 'fr', 'en')).toBeGreaterThan(0.5);
    expect(cosine(profiles, 'fr', 'other')).toBe(0);
  });

  it('leaves out what a negation denies, and links', () => {
    const terms = scienceTerms(
      'We do not manufacture. Oncology imaging, see https://imaging.example/oncology',
      'en',
    );
    expect(terms.has('manufactur')).toBe(false);
    expect(terms.get('oncolog')).toBe(1);
    expect([
      ...scienceTerms('Nous ne fabriquons pas de lots; imagerie en oncologie', 'fr').keys(),
    ]).not.toContain('manufacturing');
  });
});

describe('shared science in the score', () => {
  it('ranks the partner working on the same indication and modality first, across languages', () => {
    const feed = scoreCompany(
      prepareProfiles([
        profile('dev', {
          languages: ['fr', 'en'],
          description: {
            fr: 'Nous développons des thérapies géniques AAV pour les maladies rétiniennes héréditaires.',
          },
          seeking: { fr: 'Collaboration de recherche avec un laboratoire universitaire.' },
        }),
        profile('same-science', {
          province: 'ON',
          sectors: ['research_institute'],
          description: { en: 'Academic lab studying AAV gene therapy for inherited retinal disease.' },
        }),
        profile('other-science', {
          province: 'ON',
          sectors: ['research_institute'],
          description: { en: 'Academic lab studying gut microbiome metabolites in obesity.' },
        }),
        ...background,
      ]),
      'dev',
      10,
    );
    expect(feed[0].partnerId).toBe('same-science');
    expect(feed[0].reasons.map((r) => r.code)).toContain('SHARED_SCIENCE');
    expect(renderReason({ code: 'SHARED_SCIENCE', params: {} }, 'fr')).toMatch(/science proche/);
  });
});

describe('lenses', () => {
  const profiles = [
    profile('dev', {
      stage: 'phase1',
      therapeuticAreas: ['oncology'],
      offers: ['licensing_asset'],
      seeks: ['clinical_trial_services'],
    }),
    profile('cro', {
      province: 'ON',
      sectors: ['cro'],
      therapeuticAreas: ['oncology'],
      offers: ['clinical_trial_services'],
    }),
    profile('licensee', {
      province: 'ON',
      sectors: ['biopharma'],
      therapeuticAreas: ['oncology'],
      seeks: ['licensing_asset'],
    }),
  ];
  const feed = scoreCompany(prepareProfiles(profiles), 'dev', 10, { lensTopK: 10 });
  const by = (lens: 'theyOffer' | 'theySeek') =>
    [...feed].sort((x, y) => y.lenses[lens] - x.lenses[lens]).map((s) => s.partnerId);

  it('puts who offers what we seek first through THEY_OFFER_WHAT_WE_SEEK', () => {
    expect(by('theyOffer')[0]).toBe('cro');
    expect(feed.find((s) => s.partnerId === 'licensee')!.lenses.theyOffer).toBeLessThan(
      feed.find((s) => s.partnerId === 'cro')!.lenses.theyOffer,
    );
  });

  it('puts who seeks what we offer first through THEY_SEEK_WHAT_WE_OFFER', () => {
    expect(by('theySeek')[0]).toBe('licensee');
  });

  it('says which way the gain goes in the first reason', () => {
    expect(feed.find((s) => s.partnerId === 'cro')!.reasons[0].code).toBe('OFFERS_WHAT_YOU_SEEK');
    expect(feed.find((s) => s.partnerId === 'licensee')!.reasons[0].code).toBe('SEEKS_WHAT_YOU_OFFER');
  });

  it('does not count a capability the profile says it does not have', () => {
    const seeker = profile('seeker', {
      modalities: ['biologics'],
      seeking: { en: 'We are looking for a GMP manufacturer for our antibody clinical batches.' },
    });
    const denies = profile('denies', {
      province: 'ON',
      sectors: ['cro'],
      description: { en: 'Bioanalytical CRO. We do not manufacture antibodies or any GMP batches.' },
    });
    const makes = profile('makes', {
      province: 'ON',
      sectors: ['cdmo'],
      description: { en: 'We manufacture antibodies under GMP for clinical batches.' },
    });
    const lensFeed = scoreCompany(prepareProfiles([seeker, denies, makes, ...background]), 'seeker', 10, {
      lensTopK: 10,
    });
    const theyOffer = (id: string) => lensFeed.find((s) => s.partnerId === id)?.lenses.theyOffer ?? 0;
    expect(theyOffer('makes')).toBeGreaterThan(theyOffer('denies'));
  });

  it('does not read a fund writing about capital as a fund looking for investors', () => {
    const fund = profile('fund', {
      sectors: ['investor'],
      offers: ['equity_investment'],
      seeking: { en: 'Entrepreneurs in underserved regions where capital efficiency is attractive.' },
    });
    const otherFund = profile('other-fund', {
      province: 'ON',
      sectors: ['investor'],
      offers: ['equity_investment'],
    });
    const startup = profile('startup', {
      province: 'ON',
      stage: 'preclinical',
      seeks: ['equity_investment'],
    });
    const feed = scoreCompany(prepareProfiles([fund, otherFund, startup]), 'fund', 10);
    expect(feed[0].partnerId).toBe('startup');
  });

  it('leads a provider that states a need of its own with who meets it, not with its clients', () => {
    const cdmo = profile('cdmo', {
      sectors: ['cdmo'],
      offers: ['gmp_small_molecule'],
      seeks: ['talent_training'],
    });
    const school = profile('school', {
      province: 'ON',
      sectors: ['research_institute'],
      offers: ['talent_training'],
    });
    const client = profile('client', { province: 'ON', stage: 'phase1', seeks: ['gmp_small_molecule'] });
    const lensFeed = scoreCompany(prepareProfiles([cdmo, school, client]), 'cdmo', 10, { lensTopK: 10 });
    const theyOffer = (id: string) => lensFeed.find((s) => s.partnerId === id)?.lenses.theyOffer ?? 0;
    // A client still counts (the words' table learned that providers hunt clients), but well
    // behind who meets the need the provider wrote down.
    expect(theyOffer('client')).toBeGreaterThan(0);
    expect(theyOffer('client')).toBeLessThan(theyOffer('school') * 0.6);
  });
});
