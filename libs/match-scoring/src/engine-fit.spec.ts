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
});
