// Partners built for a seeker's need (a CRO for trials, a CDMO of the right line for clinical
// lots, an investor at the right stage …) and near misses of them, shared by the generators.
import {
  AREA_CODES,
  makeLatent,
  manufacturingOf,
  STAGE_ORDER,
  type Kind,
  type Latent,
} from './archetypes.js';
import type { Prng } from './prng.js';
import { render, type RenderOptions } from './render.js';
import type { ImportCompany } from './types.js';

export type Province = 'QC' | 'ON';
export const other = (p: Province): Province => (p === 'QC' ? 'ON' : 'QC');
/** The kind of partner that meets a need. */
export const PROVIDER_OF: Record<string, Kind> = {
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

export function resolvedNeeds(latent: Latent): string[] {
  return latent.needs.map((n) =>
    n === 'manufacturing' ? manufacturingOf(latent.modalities[0] ?? 'biologics') : n,
  );
}

export function sharedLanguages(rng: Prng, seeker: Latent, province: Province): Array<'fr' | 'en'> {
  const lang = rng.pick(seeker.languages);
  if (province === 'ON') return lang === 'fr' ? ['en', 'fr'] : rng.chance(0.7) ? ['en'] : ['en', 'fr'];
  return lang === 'en' ? ['fr', 'en'] : rng.chance(0.5) ? ['fr'] : ['fr', 'en'];
}

/** A partner for `seeker`'s `need`, in the other province; `fit` = false makes a near miss instead. */
export function partnerFor(
  rng: Prng,
  seeker: Latent,
  need: string,
  province: Province,
  fit: boolean,
): Latent {
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

/** External ids in a shuffled order per province (BQ-0001 …, LSO-0001 …), so that an id says nothing about planting. */
export function shuffledIds(rng: Prng, latents: Latent[], quota: Record<Province, number>): string[] {
  const ids = new Array<string>(latents.length);
  for (const p of ['QC', 'ON'] as Province[]) {
    const members = rng.sample(
      [...latents.keys()].filter((i) => latents[i].province === p),
      quota[p],
    );
    members.forEach((i, n) => (ids[i] = `${p === 'QC' ? 'BQ' : 'LSO'}-${String(n + 1).padStart(4, '0')}`));
  }
  return ids;
}

/**
 * The companies of a generated set, as the import format has them, sorted by external id; the
 * ids are returned by index of `latents` so that planted pairs can name them.
 */
export function renderCompanies(
  rng: Prng,
  latents: Latent[],
  quota: Record<Province, number>,
  options: RenderOptions,
): { ids: string[]; companies: ImportCompany[] } {
  const ids = shuffledIds(rng, latents, quota);
  const companies = latents.map((l, i) => render(rng, l, ids[i], options));
  companies.sort((x, y) => (x.externalId < y.externalId ? -1 : 1));
  return { ids, companies };
}
