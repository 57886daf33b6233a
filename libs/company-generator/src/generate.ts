// generateCompanies: a seeded, fully deterministic population of Québec and Ontario members with
// planted partnerships. Each planted pair is a company with a need and a partner in the other
// province built to meet it — graded 3 when everything fits (capability, modality or area, stage,
// language), 2 when one thing fits only roughly, 1 when only a neighbouring capability does. Near
// misses (the right capability with the wrong modality, area, stage or language) and look-alike
// competitors are planted beside them, unlabelled, so that only fit rules find the right ones.
import {
  AREA_CODES,
  KIND_WEIGHTS,
  makeLatent,
  manufacturingOf,
  STAGE_ORDER,
  type Kind,
  type Latent,
} from './archetypes.js';
import { Prng } from './prng.js';
import { render } from './render.js';
import type { GeneratedSet, GenerateOptions, PlantedPair } from './types.js';

type Province = 'QC' | 'ON';
const other = (p: Province): Province => (p === 'QC' ? 'ON' : 'QC');

/** The kind of partner that meets a need. */
const PROVIDER_OF: Record<string, Kind> = {
  clinical_trial_services: 'cro',
  preclinical_services: 'cro',
  clinical_sites: 'hospital',
  research_collaboration: 'institute',
  gmp_biologics: 'cdmo',
  gmp_small_molecule: 'cdmo',
  cell_gene_manufacturing: 'cdmo',
  device_manufacturing: 'cdmo',
  process_development: 'cdmo',
  regulatory_affairs: 'services',
  market_access: 'services',
  ip_legal: 'services',
  data_analytics: 'digital',
  bioinformatics: 'institute',
  equity_investment: 'investor',
  distribution: 'distributor',
  licensing_asset: 'developer',
  technology_platform: 'digital',
  talent_training: 'institute',
  lab_space: 'institute',
};
const CDMO_LINES: Record<string, string[]> = {
  gmp_biologics: ['biologics', 'vaccines'],
  gmp_small_molecule: ['small_molecule', 'peptides'],
  cell_gene_manufacturing: ['cell_therapy', 'gene_therapy'],
  device_manufacturing: ['medical_device'],
};

function resolvedNeeds(latent: Latent): string[] {
  return latent.needs.map((n) =>
    n === 'manufacturing' ? manufacturingOf(latent.modalities[0] ?? 'biologics') : n,
  );
}

function sharedLanguages(rng: Prng, seeker: Latent, province: Province): Array<'fr' | 'en'> {
  const lang = rng.pick(seeker.languages);
  if (province === 'ON') return lang === 'fr' ? ['en', 'fr'] : rng.chance(0.7) ? ['en'] : ['en', 'fr'];
  return lang === 'en' ? ['fr', 'en'] : rng.chance(0.5) ? ['fr'] : ['fr', 'en'];
}

/** A partner for `seeker`'s `need`, in the other province; `fit` = false makes a near miss instead. */
function partnerFor(rng: Prng, seeker: Latent, need: string, province: Province, fit: boolean): Latent {
  const kind = PROVIDER_OF[need] ?? 'services';
  const area = seeker.areas[0] ?? rng.pick(AREA_CODES);
  const wrongArea = rng.pick(AREA_CODES.filter((a) => !seeker.areas.includes(a)));
  const o: Partial<Latent> = { languages: sharedLanguages(rng, seeker, province) };
  const lines = CDMO_LINES[need];
  if (kind === 'cdmo') {
    const line = fit
      ? (lines ?? CDMO_LINES[manufacturingOf(seeker.modalities[0] ?? 'biologics')])
      : rng.pick(Object.values(CDMO_LINES).filter((l) => l !== lines));
    o.modalities = line;
    o.offers = [manufacturingOf(line[0]), 'process_development'];
  } else if (kind === 'investor') {
    const at = Math.max(0, STAGE_ORDER.indexOf(seeker.stage ?? 'preclinical'));
    const start = fit ? Math.max(0, at - rng.int(0, 1)) : at >= 3 ? 0 : 4;
    o.fundedStages = STAGE_ORDER.slice(start, start + 2);
    o.stage = o.fundedStages[0];
    o.areas = fit ? [area, ...rng.sample(AREA_CODES, 1)] : [wrongArea];
  } else if (kind === 'developer' && seeker.kind === 'investor') {
    // An investor's deal flow: a developer at a stage it funds (or, for a near miss, far from it).
    const funded = seeker.fundedStages.length > 0 ? seeker.fundedStages : ['preclinical'];
    o.stage = fit
      ? rng.pick(funded)
      : (STAGE_ORDER.find(
          (st) =>
            !funded.includes(st) && Math.abs(STAGE_ORDER.indexOf(st) - STAGE_ORDER.indexOf(funded[0])) > 2,
        ) ?? 'commercial');
    o.areas = fit ? [area] : [wrongArea];
    o.needs = ['equity_investment'];
  } else if (kind === 'developer') {
    o.stage = fit
      ? rng.pick(['phase3', 'regulatory_review', 'commercial'])
      : rng.pick(['discovery', 'preclinical']);
    o.areas = fit ? [area] : [wrongArea];
    o.needs = ['distribution'];
  } else if (kind === 'services') {
    o.offers = [need];
    o.modalities = seeker.modalities.slice(0, 1);
  } else {
    o.areas = fit ? [area, ...rng.sample(AREA_CODES, rng.int(0, 1))] : [wrongArea];
    if (kind === 'digital' || kind === 'institute')
      o.offers = [
        ...new Set([need, ...(kind === 'digital' ? ['technology_platform'] : ['research_collaboration'])]),
      ];
  }
  return makeLatent(rng, kind, province, o);
}

export function generateCompanies(options: GenerateOptions): GeneratedSet {
  const rng = new Prng(options.seed);
  const quota: Record<Province, number> = { QC: options.quebec, ON: options.ontario };
  const pairs = options.plantedPairs ?? Math.floor(Math.min(options.quebec, options.ontario) / 3);
  const latents: Latent[] = [];
  const count: Record<Province, number> = { QC: 0, ON: 0 };
  const add = (l: Latent) => {
    count[l.province]++;
    latents.push(l);
    return latents.length - 1;
  };
  const room = (p: Province) => count[p] < quota[p];

  // Companies with needs first: half of each province.
  for (const p of ['QC', 'ON'] as Province[])
    for (let i = 0; i < Math.floor(quota[p] / 2); i++) add(makeLatent(rng, rng.weighted(KIND_WEIGHTS), p));

  const planted: Array<{ a: number; b: number; grade: 1 | 2 | 3 }> = [];
  const plantedCount = new Map<number, number>();
  for (let tries = 0; planted.length < pairs && tries < pairs * 20; tries++) {
    const s = rng.int(0, latents.length - 1);
    const seeker = latents[s];
    const needs = resolvedNeeds(seeker).filter((n) => PROVIDER_OF[n] && n !== 'talent_training');
    const province = other(seeker.province);
    if (needs.length === 0 || (plantedCount.get(s) ?? 0) >= 2 || !room(province)) continue;
    const need = rng.pick(needs);
    const partner = partnerFor(rng, seeker, need, province, true);
    let grade: 1 | 2 | 3 = 3;
    if (rng.chance(0.25) && partner.kind !== 'cdmo') {
      partner.areas = []; // a generalist: fits, but not specifically
      grade = 2;
    } else if (rng.chance(0.12) && need === 'clinical_trial_services') {
      Object.assign(
        partner,
        makeLatent(rng, 'hospital', province, { areas: seeker.areas, languages: partner.languages }),
      );
      grade = 1;
    }
    const b = add(partner);
    planted.push({ a: s, b, grade });
    plantedCount.set(s, (plantedCount.get(s) ?? 0) + 1);
    // Near misses beside it: the same capability, with the wrong fit or no common language.
    if (room(province) && rng.chance(0.7)) add(partnerFor(rng, seeker, need, province, false));
    if (room(province) && rng.chance(0.3)) {
      const barrier = partnerFor(rng, seeker, need, province, true);
      if (seeker.languages.length === 1) {
        barrier.languages = [seeker.languages[0] === 'fr' ? 'en' : 'fr'];
        add(barrier);
      }
    }
    if (room(province) && rng.chance(0.3))
      add({ ...seeker, province, languages: sharedLanguages(rng, seeker, province) });
  }
  for (const p of ['QC', 'ON'] as Province[])
    while (room(p)) add(makeLatent(rng, rng.weighted(KIND_WEIGHTS), p));

  // External ids in a shuffled order, so that an id says nothing about planting.
  const ids = new Array<string>(latents.length);
  for (const p of ['QC', 'ON'] as Province[]) {
    const members = rng.sample(
      [...latents.keys()].filter((i) => latents[i].province === p),
      quota[p],
    );
    members.forEach((i, n) => (ids[i] = `${p === 'QC' ? 'BQ' : 'LSO'}-${String(n + 1).padStart(4, '0')}`));
  }
  const renderOptions = {
    phrasing: options.phrasing ?? 'standard',
    tagDropout: options.tagDropout ?? 0.45,
  } as const;
  const companies = latents.map((l, i) => render(rng, l, ids[i], renderOptions));
  companies.sort((x, y) => (x.externalId < y.externalId ? -1 : 1));
  const plantedPairs: PlantedPair[] = planted.map((p) => ({ a: ids[p.a], b: ids[p.b], grade: p.grade }));
  return { companies, planted: plantedPairs };
}

/** The demo data loaded into an empty database: about 270 Québec and 330 Ontario members. */
export function demoCompanies(): GeneratedSet['companies'] {
  return generateCompanies({ seed: 2026, quebec: 270, ontario: 330 }).companies;
}
