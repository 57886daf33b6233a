/** Small crafted sets whose needs go clearly one way or both, for the lens and feedback tests. */

interface Crafted {
  externalId: string;
  province: 'QC' | 'ON';
  sectors: string[];
  therapeuticAreas?: string[];
  modalities?: string[];
  stage?: string;
  offers?: string[];
  seeks?: string[];
  partnershipTypes?: string[];
  text: string;
}

function company(c: Crafted): Record<string, unknown> {
  return {
    externalId: c.externalId,
    name: `Crafted ${c.externalId}`,
    province: c.province,
    city: c.province === 'QC' ? 'Montréal' : 'Toronto',
    memberships: [
      {
        association: c.province === 'QC' ? 'BIOQUEBEC' : 'LSO',
        memberSince: '2020-01-01',
        expiresOn: '2027-12-31',
      },
    ],
    languages: ['fr', 'en'],
    size: '11-50',
    sectors: c.sectors,
    therapeuticAreas: c.therapeuticAreas ?? [],
    modalities: c.modalities ?? [],
    ...(c.stage ? { stage: c.stage } : {}),
    offers: c.offers ?? [],
    seeks: c.seeks ?? [],
    partnershipTypes: c.partnershipTypes ?? [],
    description: { en: c.text },
    matchmakingOptIn: true,
  };
}

/**
 * A Québec antibody developer that licenses out an asset and needs manufacturing and trials, and
 * Ontario partners who only help it (a CDMO, a CRO), only want from it (licensees), want both ways,
 * or neither.
 */
export function lensDocument() {
  return {
    companies: [
      company({
        externalId: 'V-DEV',
        province: 'QC',
        sectors: ['biopharma'],
        therapeuticAreas: ['oncology'],
        modalities: ['biologics'],
        stage: 'phase1',
        offers: ['licensing_asset'],
        seeks: ['gmp_biologics', 'clinical_trial_services'],
        text: 'We develop an antibody against solid tumours, in phase I.',
      }),
      company({
        externalId: 'H-CDMO',
        province: 'ON',
        sectors: ['cdmo'],
        modalities: ['biologics'],
        offers: ['gmp_biologics'],
        text: 'GMP manufacturing of antibodies for clinical trials.',
      }),
      company({
        externalId: 'H-CRO',
        province: 'ON',
        sectors: ['cro'],
        therapeuticAreas: ['oncology'],
        offers: ['clinical_trial_services'],
        text: 'We run oncology clinical trials for sponsors.',
      }),
      company({
        externalId: 'C-LICENSEE',
        province: 'ON',
        sectors: ['biopharma'],
        stage: 'commercial',
        seeks: ['licensing_asset'],
        text: 'A specialty pharma company selling products in Canada.',
      }),
      company({
        externalId: 'C-PHARMA',
        province: 'ON',
        sectors: ['biopharma'],
        stage: 'commercial',
        seeks: ['licensing_asset'],
        text: 'We commercialise hospital products across Ontario.',
      }),
      company({
        externalId: 'N-DEVICE',
        province: 'ON',
        sectors: ['medtech'],
        offers: ['device_manufacturing'],
        seeks: ['regulatory_affairs'],
        text: 'We build orthopaedic implants.',
      }),
    ],
  };
}

/**
 * Two alike Québec developers and Ontario CROs and CDMOs that both would want: one developer's
 * feedback must move its own feed only.
 */
/** Developers DEV-1 … DEV-n in Québec; three oncology CROs and two biologics CDMOs in Ontario. */
export function feedbackDocument(developers = 2) {
  const developer = (externalId: string) =>
    company({
      externalId,
      province: 'QC',
      sectors: ['biopharma'],
      therapeuticAreas: ['oncology'],
      modalities: ['biologics'],
      stage: 'phase1',
      seeks: ['gmp_biologics', 'clinical_trial_services'],
      text: 'We develop an antibody against solid tumours, in phase I.',
    });
  const cro = (externalId: string) =>
    company({
      externalId,
      province: 'ON',
      sectors: ['cro'],
      therapeuticAreas: ['oncology'],
      offers: ['clinical_trial_services'],
      text: 'We run oncology clinical trials for sponsors.',
    });
  const cdmo = (externalId: string) =>
    company({
      externalId,
      province: 'ON',
      sectors: ['cdmo'],
      modalities: ['biologics'],
      offers: ['gmp_biologics'],
      text: 'GMP manufacturing of antibodies for clinical trials.',
    });
  return {
    companies: [
      ...Array.from({ length: developers }, (_, i) => developer(`DEV-${i + 1}`)),
      cro('CRO-1'),
      cro('CRO-2'),
      cro('CRO-3'),
      cdmo('CDMO-1'),
      cdmo('CDMO-2'),
    ],
  };
}
