import { extractFeatures } from './extract.js';

describe('reading what a description offers', () => {
  it("reads a trial's central laboratory, device investigations and electronic trial tools as trial services", () => {
    const offers = (text: string) => extractFeatures(text).offers;
    expect(offers('Central laboratory for biopharma trials: flow cytometry, NGS and PK assays.')).toContain(
      'clinical_trial_services',
    );
    expect(offers('Investigations cliniques de dispositifs médicaux, de la faisabilité au pivot.')).toContain(
      'clinical_trial_services',
    );
    expect(offers('Plateforme eCOA/ePRO et consentement électronique bilingue.')).toContain(
      'clinical_trial_services',
    );
  });

  it('reads imaging archives, digital pathology and de-identified data as data to share', () => {
    const offers = (text: string) => extractFeatures(text, { provider: 'sites' }).offers;
    expect(offers('Academic cancer centre with a digitised pathology archive.')).toContain('data_analytics');
    expect(offers('Biobanque de 40 000 échantillons et archives d’imagerie.')).toContain('data_analytics');
    expect(offers('Nous concédons des données anonymisées aux chercheurs.')).toContain('data_analytics');
  });

  it('reads health economics as market access, not as data analytics', () => {
    const needs = extractFeatures('We need pharmacoeconomic modelling for INESSS.', { mode: 'need' }).seeks;
    expect(needs).toContain('market_access');
    expect(needs).not.toContain('data_analytics');
  });

  it('reads GMP manufacturing of PET tracers as a drug plant, not an imaging-device maker', () => {
    const offers = extractFeatures('Cyclotron producing GMP PET tracers for clinical trials.', {
      modalities: ['radiopharmaceuticals', 'imaging'],
    }).offers;
    expect(offers).toContain('gmp_small_molecule');
    expect(offers).not.toContain('device_manufacturing');
  });

  it('reads ISO 13485 as a quality system: a service when set up for others, a plant when certified', () => {
    const consultancy = extractFeatures('Regulatory consulting: ISO 13485 QMS set-up, MDSAP audits prep.', {
      provider: 'services',
    }).offers;
    expect(consultancy).toEqual(['regulatory_affairs']);
    expect(extractFeatures('Our device is made under ISO 13485.').offers).toEqual([]);
    expect(extractFeatures('Sous-traitant certifié ISO 13485 en électronique médicale.').offers).toEqual([
      'device_manufacturing',
    ]);
  });

  it('reads French labels and software for Québec as language-law compliance, a regulatory trade', () => {
    const need = extractFeatures('A distributor in Quebec; we will need French materials too.', {
      mode: 'need',
    });
    expect(need.seeks).toEqual(['distribution', 'regulatory_affairs']);
    const offer = extractFeatures(
      'Traduction réglementaire et conformité linguistique selon la loi 96.',
    ).offers;
    expect(offer).toEqual(['regulatory_affairs']);
  });

  it('reads « nous voulons » in a description as a need, not an offer of what is wanted', () => {
    const read = extractFeatures('Nous voulons entrer en Ontario : distributeur spécialisé en réadaptation.');
    expect(read.offers).toEqual([]);
    expect(read.seeks).toEqual(['distribution']);
  });

  it('reads a pharmaceutical consultancy’s « présentations de drogue nouvelle » as work on drugs', () => {
    const read = extractFeatures(
      'Consultants réglementaires pharmaceutiques : présentations de drogue nouvelle.',
    );
    expect(Object.keys(read.weights.productClasses)).toEqual(['drug']);
  });
});
