import {
  DEFAULT_WEIGHTS,
  MODEL_VERSION,
  prepareProfiles,
  renderReason,
  scoreCompanies,
  scoreCompany,
} from './index.js';
import { profile, rank } from './test-profiles.js';

describe('match scoring rules', () => {
  it('ranks a CRO offering what a developer seeks above a look-alike developer', () => {
    const ids = rank(
      [
        profile('dev', {
          stage: 'phase1',
          therapeuticAreas: ['oncology'],
          modalities: ['biologics'],
          offers: ['licensing_asset'],
          seeks: ['clinical_trial_services'],
        }),
        profile('twin', {
          province: 'ON',
          stage: 'phase1',
          therapeuticAreas: ['oncology'],
          modalities: ['biologics'],
          offers: ['licensing_asset'],
          seeks: ['clinical_trial_services'],
        }),
        profile('cro', {
          province: 'ON',
          sectors: ['cro'],
          therapeuticAreas: ['oncology'],
          offers: ['clinical_trial_services'],
        }),
      ],
      'dev',
    );
    expect(ids.indexOf('cro')).toBeLessThan(ids.indexOf('twin') === -1 ? 99 : ids.indexOf('twin'));
    expect(ids[0]).toBe('cro');
  });

  it('prefers a biologics CDMO to a small-molecule plant for an antibody developer', () => {
    const ids = rank(
      [
        profile('mab', { modalities: ['biologics'], stage: 'preclinical', seeks: ['gmp_biologics'] }),
        profile('chem', {
          province: 'ON',
          sectors: ['cdmo'],
          modalities: ['small_molecule'],
          offers: ['gmp_small_molecule', 'process_development'],
        }),
        profile('bio', {
          province: 'ON',
          sectors: ['cdmo'],
          modalities: ['biologics'],
          offers: ['gmp_biologics', 'process_development'],
        }),
      ],
      'mab',
    );
    expect(ids[0]).toBe('bio');
  });

  it('prefers a CRO in the therapeutic area of a clinical need', () => {
    const ids = rank(
      [
        profile('neuro', {
          therapeuticAreas: ['neurology'],
          stage: 'phase2',
          seeks: ['clinical_trial_services'],
        }),
        profile('cardio-cro', {
          province: 'ON',
          sectors: ['cro'],
          therapeuticAreas: ['cardiovascular'],
          offers: ['clinical_trial_services'],
        }),
        profile('neuro-cro', {
          province: 'ON',
          sectors: ['cro'],
          therapeuticAreas: ['neurology'],
          offers: ['clinical_trial_services'],
        }),
      ],
      'neuro',
    );
    expect(ids[0]).toBe('neuro-cro');
  });

  it('prefers an investor that funds the developer’s stage', () => {
    const ids = rank(
      [
        profile('seed', {
          stage: 'preclinical',
          therapeuticAreas: ['oncology'],
          seeks: ['equity_investment'],
        }),
        profile('growth', {
          province: 'ON',
          sectors: ['investor'],
          therapeuticAreas: ['oncology'],
          stage: 'commercial',
          offers: ['equity_investment'],
        }),
        profile('early', {
          province: 'ON',
          sectors: ['investor'],
          therapeuticAreas: ['oncology'],
          stage: 'preclinical',
          offers: ['equity_investment'],
        }),
      ],
      'seed',
    );
    expect(ids[0]).toBe('early');
  });

  it("prefers a fund whose focus is the developer's class of product (« aucun dispositif »)", () => {
    const fund = (id: string, description: string) =>
      profile(id, { province: 'ON', sectors: ['investor'], description: { en: description } });
    const ids = rank(
      [
        profile('device', { sectors: ['medtech'], stage: 'preclinical', seeks: ['equity_investment'] }),
        fund('drugs', 'Venture fund leading Series A rounds in therapeutics. No devices, no diagnostics.'),
        fund('medtech', 'Venture fund leading Series A rounds in medical devices and diagnostics.'),
      ],
      'device',
    );
    expect(ids[0]).toBe('medtech');
  });

  it('believes a plant that writes it handles no biologics over its loose tags', () => {
    const plant = (id: string, description: string) =>
      profile(id, {
        province: 'ON',
        sectors: ['cdmo'],
        offers: ['gmp_biologics', 'gmp_small_molecule'],
        description: { en: description },
      });
    const ids = rank(
      [
        profile('antibody', { modalities: ['biologics'], seeks: ['gmp_biologics'] }),
        plant('chemistry', 'Small-molecule API CDMO. We do not handle biologics or cell therapy.'),
        plant('mixed', 'CDMO for APIs and recombinant proteins, from process development to GMP release.'),
      ],
      'antibody',
    );
    expect(ids).toEqual(['mixed', 'chemistry']);
  });

  it("reads a distributor's manufacturers as products to carry, not a plant to hire", () => {
    const ids = rank(
      [
        profile('distributor', {
          province: 'ON',
          sectors: ['medtech'],
          description: { en: 'Hospital distributor of medical devices across Ontario.' },
          seeking: { en: 'Innovative devices from Canadian manufacturers to add to our bag.' },
        }),
        profile('plant', {
          sectors: ['cdmo', 'medtech'],
          offers: ['device_manufacturing'],
          description: { en: 'Contract manufacturer of single-use devices under ISO 13485.' },
        }),
        profile('maker', {
          sectors: ['medtech'],
          stage: 'commercial',
          modalities: ['medical_device'],
          offers: ['licensing_asset'],
          description: { en: 'We make a licensed wound-care device sold in Québec hospitals.' },
        }),
      ],
      'distributor',
    );
    expect(ids[0]).toBe('maker');
  });

  it('penalises a French-only and English-only pair, and says why', () => {
    const profiles = [
      profile('fr', { languages: ['fr'], seeks: ['regulatory_affairs'] }),
      profile('en', {
        province: 'ON',
        languages: ['en'],
        sectors: ['professional_services'],
        offers: ['regulatory_affairs'],
      }),
      profile('bi', {
        province: 'ON',
        languages: ['en', 'fr'],
        sectors: ['professional_services'],
        offers: ['regulatory_affairs'],
      }),
    ];
    const feed = scoreCompany(prepareProfiles(profiles), 'fr', 5);
    expect(feed.map((s) => s.partnerId)).toEqual(['bi', 'en']);
    const barrier = feed[1];
    expect(barrier.components.language).toBeLessThan(1);
    const reason = barrier.reasons.find((r) => r.code === 'LANGUAGE_BARRIER')!;
    expect(renderReason(reason, 'fr')).toContain('anglais');
    expect(renderReason(reason, 'en')).toContain('English');
  });

  it('ranks a pair that only one side wants below a reciprocal one', () => {
    const ids = rank(
      [
        profile('dist', {
          sectors: ['biopharma'],
          stage: 'commercial',
          therapeuticAreas: ['dermatology'],
          offers: ['distribution'],
          seeks: ['licensing_asset'],
        }),
        profile('mutual', {
          province: 'ON',
          stage: 'phase3',
          therapeuticAreas: ['dermatology'],
          offers: ['licensing_asset'],
          seeks: ['distribution'],
        }),
        profile('oneSided', {
          province: 'ON',
          stage: 'phase3',
          therapeuticAreas: ['dermatology'],
          offers: ['licensing_asset'],
          seeks: ['bioinformatics'],
        }),
      ],
      'dist',
    );
    expect(ids.indexOf('mutual')).toBeLessThan(ids.indexOf('oneSided'));
  });

  it('finds an English offer in a description for a French need stated only in text', () => {
    const ids = rank(
      [
        profile('qc', {
          languages: ['fr', 'en'],
          seeking: {
            fr: 'Nous cherchons un partenaire pour recruter des patients pour notre essai de phase II en oncologie.',
          },
        }),
        profile('hosp', {
          province: 'ON',
          sectors: ['medtech'],
          description: { en: 'Our investigators offer access to large patient cohorts in oncology.' },
        }),
        profile('other', {
          province: 'ON',
          sectors: ['medtech'],
          description: { en: 'We build surgical robots.' },
        }),
      ],
      'qc',
    );
    expect(ids[0]).toBe('hosp');
  });

  it('ranks an animal-health client above a human-health one for a veterinary CRO, and the reverse', () => {
    const profiles = [
      profile('vet-cro', {
        sectors: ['cro'],
        description: {
          fr: 'CRO vétérinaire : études d’innocuité et d’efficacité chez les bovins et la volaille.',
        },
      }),
      profile('human-cro', {
        sectors: ['cro'],
        description: { en: 'CRO running efficacy and safety studies for drug developers.' },
      }),
      profile('vet-pharma', {
        province: 'ON',
        sectors: ['animal_health'],
        seeking: { en: 'A CRO for efficacy and safety studies of our livestock vaccine.' },
      }),
      profile('human-pharma', {
        province: 'ON',
        seeking: { en: 'A CRO for efficacy and safety studies of our vaccine.' },
      }),
    ];
    expect(rank(profiles, 'vet-cro')[0]).toBe('vet-pharma');
    expect(rank(profiles, 'human-cro')[0]).toBe('human-pharma');
  });

  it('prefers a distributor of natural health products for a natural-health brand', () => {
    const profiles = [
      profile('nhp-brand', {
        sectors: ['natural_health'],
        stage: 'commercial',
        description: { fr: 'Notre gamme est vendue dans 900 pharmacies au Québec.' },
        seeking: { fr: 'Un distributeur pour entrer en Ontario.' },
      }),
      profile('drug-distributor', {
        province: 'ON',
        sectors: ['professional_services'],
        description: { en: 'We distribute prescription drugs to Ontario pharmacies.' },
      }),
      profile('nhp-distributor', {
        province: 'ON',
        sectors: ['professional_services'],
        description: { en: 'We distribute natural health products to Ontario pharmacies.' },
      }),
    ];
    expect(rank(profiles, 'nhp-brand')[0]).toBe('nhp-distributor');
  });

  it('never returns the company itself or one of its own province', () => {
    const profiles = [
      profile('a', { seeks: ['clinical_trial_services'] }),
      profile('same', { sectors: ['cro'], offers: ['clinical_trial_services'] }),
      profile('on', { province: 'ON', sectors: ['cro'], offers: ['clinical_trial_services'] }),
    ];
    expect(rank(profiles, 'a')).toEqual(['on']);
  });

  it('gives reasons in both languages, best first, for both sides', () => {
    const feed = scoreCompany(
      prepareProfiles([
        profile('mab', { modalities: ['biologics'], seeks: ['gmp_biologics'], offers: ['talent_training'] }),
        profile('cdmo', {
          province: 'ON',
          sectors: ['cdmo'],
          modalities: ['biologics'],
          offers: ['gmp_biologics'],
          seeks: ['talent_training'],
        }),
      ]),
      'mab',
      5,
    );
    const [first, second] = feed[0].reasons;
    expect(first).toEqual({ code: 'OFFERS_WHAT_YOU_SEEK', params: { capability: 'gmp_biologics' } });
    expect(renderReason(first, 'fr')).toBe(
      'Offre la fabrication BPF de produits biologiques, que vous recherchez',
    );
    expect(renderReason(first, 'en')).toBe('Offers GMP biologics manufacturing, which you seek');
    expect(second.code).toBe('SEEKS_WHAT_YOU_OFFER');
    expect(renderReason(second, 'en')).toBe('Seeks talent and training, which you offer');
    for (const key of [
      'needMetForViewer',
      'needMetForPartner',
      'areaFit',
      'modalityFit',
      'stageFit',
      'language',
    ])
      expect(feed[0].components).toHaveProperty(key);
    expect(feed[0].score).toBeGreaterThan(0);
    expect(feed[0].score).toBeLessThanOrEqual(1);
  });

  it('is deterministic and symmetric, with ties broken by partner id', () => {
    const profiles = [
      profile('x', { seeks: ['ip_legal'] }),
      profile('b', { province: 'ON', sectors: ['professional_services'], offers: ['ip_legal'] }),
      profile('a', { province: 'ON', sectors: ['professional_services'], offers: ['ip_legal'] }),
    ];
    const one = scoreCompanies(prepareProfiles(profiles), ['x', 'a'], 5);
    const two = scoreCompanies(prepareProfiles([...profiles].reverse()), ['x', 'a'], 5);
    expect(one).toEqual(two);
    expect(one.get('x')!.map((s) => s.partnerId)).toEqual(['a', 'b']);
    expect(one.get('a')![0].score).toBe(one.get('x')![0].score);
  });

  it('exports its model version and weights', () => {
    expect(MODEL_VERSION).toMatch(/\d{4}/);
    expect(DEFAULT_WEIGHTS.languageBarrier).toBeLessThan(1);
  });
});
