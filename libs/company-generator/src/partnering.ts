// generatePartneringSet: an evaluation population shaped like an association's partnering event —
// a few hundred members, most profiles tagged (some needs only in prose), each seeker given a
// complementary partner in the other province and, around it, the distractors a tag match cannot
// tell apart: a near miss (right capability, wrong modality, area or stage), a partner with no
// common language, and a look-alike competitor of the seeker. It returns the latent truth of every
// company, so that an evaluation can grade EVERY cross-province pair by what truly fits (see
// bench/matching/ground-truth.ts) instead of trusting the planted pairs alone.
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
import type { GeneratedSet } from './types.js';

export interface PartneringOptions {
  seed: number;
  quebec: number;
  ontario: number;
  phrasing?: 'standard' | 'holdout';
  /** How much of a profile is left out of its tags (default 0.2: most profiles are tagged). */
  tagDropout?: number;
}

export interface PartneringSet extends GeneratedSet {
  /** What each company truly is, offers and needs, by external id (the generator's latent profile). */
  truth: Map<string, Latent>;
}

export function generatePartneringSet(options: PartneringOptions): PartneringSet {
  const rng = new Prng(options.seed);
  const quota: Record<Province, number> = { QC: options.quebec, ON: options.ontario };
  const latents: Latent[] = [];
  const count: Record<Province, number> = { QC: 0, ON: 0 };
  const room = (p: Province) => count[p] < quota[p];
  const add = (l: Latent) => {
    count[l.province]++;
    return latents.push(l) - 1;
  };

  // A third of each province are seekers drawn at random; partners and distractors fill most of the rest.
  for (const p of ['QC', 'ON'] as Province[])
    for (let i = 0; i < Math.floor(quota[p] / 3); i++) add(makeLatent(rng, rng.weighted(KIND_WEIGHTS), p));
  const seekers = latents.length;
  const planted: Array<{ a: number; b: number }> = [];
  for (let tries = 0; tries < seekers * 3; tries++) {
    const s = rng.int(0, seekers - 1);
    const seeker = latents[s];
    const province = other(seeker.province);
    const needs = resolvedNeeds(seeker).filter((n) => PROVIDER_OF[n]);
    if (needs.length === 0 || !room(province)) continue;
    const need = rng.pick(needs);
    planted.push({ a: s, b: add(partnerFor(rng, seeker, need, province, true)) });
    if (room(province) && rng.chance(0.8)) add(partnerFor(rng, seeker, need, province, false));
    if (room(province) && rng.chance(0.5) && seeker.languages.length === 1) {
      const barrier = partnerFor(rng, seeker, need, province, true);
      barrier.languages = [seeker.languages[0] === 'fr' ? 'en' : 'fr'];
      add(barrier);
    }
    if (room(province) && rng.chance(0.4))
      add({ ...seeker, province, languages: sharedLanguages(rng, seeker, province) });
  }
  for (const p of ['QC', 'ON'] as Province[])
    while (room(p)) add(makeLatent(rng, rng.weighted(KIND_WEIGHTS), p));

  const { ids, companies } = renderCompanies(rng, latents, quota, {
    phrasing: options.phrasing ?? 'standard',
    tagDropout: options.tagDropout ?? 0.2,
  });
  return {
    companies,
    planted: planted.map((p) => ({ a: ids[p.a], b: ids[p.b], grade: 3 })),
    truth: new Map(latents.map((l, i) => [ids[i], l])),
  };
}
