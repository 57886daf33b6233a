import { prepareProfiles, scoreFor } from './index.js';
import { profile, rank } from './test-profiles.js';

describe('what must fit for a need to be met', () => {
  it('ranks developers near the phases a trial unit runs above those two phases away', () => {
    const profiles = [
      profile('phase-one-unit', {
        sectors: ['cro'],
        description: {
          en: '120-bed phase I unit: first-in-human SAD/MAD, food effect and bioequivalence studies.',
        },
      }),
      profile('late-developer', {
        province: 'ON',
        stage: 'phase3',
        seeking: { en: 'A CRO to run our clinical trial.' },
      }),
      profile('preclinical-developer', {
        province: 'ON',
        stage: 'preclinical',
        seeking: { en: 'A CRO to run our clinical trial.' },
      }),
    ];
    expect(rank(profiles, 'phase-one-unit')).toEqual(['preclinical-developer', 'late-developer']);
  });

  it('reads a law firm that wants startups negotiating a financing as selling advice, not seeking money', () => {
    const profiles = [
      profile('startup', {
        province: 'ON',
        stage: 'preclinical',
        seeking: { en: 'We are raising a CAD 2M seed round.' },
      }),
      profile('law-firm', {
        sectors: ['professional_services'],
        description: { en: 'Patent prosecution and life-sciences transactions.' },
        seeking: { en: 'Startups negotiating their first licence or financing.' },
      }),
      profile('angels', {
        province: 'ON',
        sectors: ['investor'],
        description: { en: 'Angel network writing seed cheques in therapeutics.' },
      }),
    ];
    const prepared = prepareProfiles(profiles);
    const [lawFirm] = scoreFor(prepared, 'angels', ['law-firm']);
    expect(lawFirm.components.needMetForPartner).toBe(0);
    const [startup] = scoreFor(prepared, 'law-firm', ['startup']);
    expect(startup.components.needMetForPartner).toBe(0);
  });

  it('ranks a fermentation plant that serves farms above a biologics plant for a crop biotech', () => {
    const profiles = [
      profile('crop-biotech', {
        sectors: ['industrial_biotech'],
        description: { fr: 'Biostimulants microbiens pour le maïs et le soya.' },
        seeking: { fr: 'Un partenaire de mise à l’échelle en fermentation.' },
      }),
      profile('biologics-cdmo', {
        province: 'ON',
        sectors: ['cdmo'],
        description: { en: 'Microbial fermentation and scale-up for biologics.' },
      }),
      profile('crop-fermenter', {
        province: 'ON',
        sectors: ['industrial_biotech', 'cdmo'],
        description: { en: 'Microbial fermentation and scale-up for farm inoculants.' },
      }),
    ];
    expect(rank(profiles, 'crop-biotech')[0]).toBe('crop-fermenter');
  });

  it('reads dogs in a preclinical CRO’s toxicology as a model species, not veterinary work', () => {
    const profiles = [
      profile('tox-cro', {
        sectors: ['cro'],
        description: { en: 'GLP repeat-dose toxicology in rodents and dogs for IND-enabling packages.' },
      }),
      profile('livestock-vaccines', {
        province: 'ON',
        sectors: ['animal_health'],
        seeking: { en: 'A CRO for GLP toxicology studies.' },
      }),
      profile('drug-developer', {
        province: 'ON',
        seeking: { en: 'A CRO for GLP toxicology studies.' },
      }),
    ];
    expect(rank(profiles, 'tox-cro')[0]).toBe('drug-developer');
  });

  it('counts two funds as co-investors, not as rivals like two CROs offering the same trials', () => {
    const profiles = [
      profile('seed-fund', {
        sectors: ['investor'],
        description: { en: 'Venture fund leading seed rounds in oncology therapeutics.' },
      }),
      profile('growth-fund', {
        province: 'ON',
        sectors: ['investor'],
        description: { en: 'Venture fund leading series B rounds in oncology therapeutics.' },
      }),
      profile('trial-cro', {
        sectors: ['cro'],
        description: { en: 'CRO running phase II oncology trials.' },
      }),
      profile('other-cro', {
        province: 'ON',
        sectors: ['cro'],
        description: { en: 'CRO running phase II oncology trials.' },
      }),
    ];
    const prepared = prepareProfiles(profiles);
    const [funds] = scoreFor(prepared, 'seed-fund', ['growth-fund']);
    const [cros] = scoreFor(prepared, 'trial-cro', ['other-cro']);
    expect(funds.components.competition).toBe(1);
    expect(cros.components.competition).toBeLessThan(1);
  });
});
