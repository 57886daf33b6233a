// generateCompanies: a seeded, fully deterministic population of Québec and Ontario members with
// planted partnerships. Each planted pair is a company with a need and a partner in the other
// province built to meet it — graded 3 when everything fits (capability, modality or area, stage,
// language), 2 when one thing fits only roughly, 1 when only a neighbouring capability does. Near
// misses (the right capability with the wrong modality, area, stage or language) and look-alike
// competitors are planted beside them, unlabelled, so that only fit rules find the right ones.
import { KIND_WEIGHTS, makeLatent, type Latent } from './archetypes.js';
import {
  other,
  partnerFor,
  PROVIDER_OF,
  resolvedNeeds,
  sharedLanguages,
  renderCompanies,
  type Province,
} from './partners.js';
import { Prng } from './prng.js';
import type { GeneratedSet, GenerateOptions, PlantedPair } from './types.js';

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

  const { ids, companies } = renderCompanies(rng, latents, quota, {
    phrasing: options.phrasing ?? 'standard',
    tagDropout: options.tagDropout ?? 0.45,
  });
  const plantedPairs: PlantedPair[] = planted.map((p) => ({ a: ids[p.a], b: ids[p.b], grade: p.grade }));
  return { companies, planted: plantedPairs };
}

/** The demo data loaded into an empty database: about 270 Québec and 330 Ontario members. */
export function demoCompanies(): GeneratedSet['companies'] {
  return generateCompanies({ seed: 2026, quebec: 270, ontario: 330 }).companies;
}
