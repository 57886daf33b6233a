// Latent company → import record, the way members really fill in profiles: some tags left out
// (often all the needs), what they offer and need written in their own words in the languages
// they work in, a name, a city, memberships and contacts.
import { manufacturingOf, type Latent } from './archetypes.js';
import { HOLDOUT_PHRASES } from './phrases-holdout.data.js';
import { STANDARD_PHRASES } from './phrases-standard.data.js';
import type { PhraseSet } from './phrases.types.js';
import type { Prng } from './prng.js';
import type { ImportCompany } from './types.js';
import { FIRST_NAMES, LAST_NAMES, ON_CITIES, ON_NAME_PARTS, QC_CITIES, QC_NAME_PARTS } from './names.data.js';
import { DISEASES, PRODUCTS, STAGE_WORDS } from './vocab.data.js';

type Lang = 'fr' | 'en';
const PHASE_LABEL: Record<string, string> = {
  discovery: 'I',
  preclinical: 'I',
  phase1: 'II',
  phase2: 'III',
  phase3: 'III',
};
const SIZES: Record<string, string[]> = {
  developer: ['1-10', '11-50', '51-200'],
  medtech: ['1-10', '11-50', '51-200'],
  diagnostics: ['11-50', '51-200'],
  digital: ['1-10', '11-50'],
  cro: ['51-200', '201-1000'],
  cdmo: ['51-200', '201-1000', '1000+'],
  investor: ['1-10', '11-50'],
  hospital: ['1000+'],
  institute: ['201-1000', '1000+'],
  services: ['1-10', '11-50', '51-200'],
  distributor: ['51-200', '201-1000'],
};

function fill(rng: Prng, template: string, latent: Latent, lang: Lang): string {
  const area = latent.areas[0];
  const modality = latent.modalities[0];
  const stage =
    latent.kind === 'investor' ? (latent.fundedStages[0] ?? 'preclinical') : (latent.stage ?? 'preclinical');
  const text = template
    .replace(
      '{area}',
      area ? rng.pick(DISEASES[area][lang]) : lang === 'fr' ? 'plusieurs domaines' : 'several fields',
    )
    .replace(
      '{product}',
      modality && PRODUCTS[modality]
        ? rng.pick(PRODUCTS[modality][lang])
        : lang === 'fr'
          ? 'notre produit'
          : 'our product',
    )
    .replace('{stage}', rng.pick(STAGE_WORDS[stage][lang]))
    .replace('{phase}', PHASE_LABEL[latent.stage ?? 'preclinical'] ?? 'II');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The need's key in the phrase set: manufacturing of a drug is said the same whatever the plant. */
function needKey(need: string): string {
  return ['gmp_biologics', 'gmp_small_molecule', 'cell_gene_manufacturing'].includes(need)
    ? 'manufacturing'
    : need;
}

function describe(rng: Prng, phrases: PhraseSet, latent: Latent, lang: Lang): string {
  const sentences = [fill(rng, rng.pick(phrases.intro[latent.kind][lang]), latent, lang)];
  for (const offer of latent.offers)
    if (phrases.offer[offer] && rng.chance(0.85))
      sentences.push(fill(rng, rng.pick(phrases.offer[offer][lang]), latent, lang));
  return sentences.join(' ');
}

function seekingText(rng: Prng, phrases: PhraseSet, latent: Latent, needs: string[], lang: Lang): string {
  return needs
    .map((need) =>
      fill(
        rng,
        rng.pick(phrases.needFrame[lang]).replace('{need}', rng.pick(phrases.need[needKey(need)][lang])),
        latent,
        lang,
      ),
    )
    .join(' ');
}

function companyName(rng: Prng, latent: Latent, city: string): string {
  const qc = latent.province === 'QC';
  if (latent.kind === 'hospital')
    return qc
      ? rng.pick([
          `CHU de ${city}`,
          `CIUSSS de ${city} — Centre de recherche`,
          `Hôpital Saint-${rng.pick(['Laurent', 'Joseph', 'François', 'Luc'])} de ${city}`,
        ])
      : rng.pick([
          `${city} General Hospital`,
          `${city} Health Sciences Centre`,
          `St. ${rng.pick(['Michael', 'Joseph', 'Mary'])}'s Hospital ${city}`,
        ]);
  if (latent.kind === 'investor')
    return qc
      ? `${rng.pick(['Capital', 'Fonds', 'Investissements'])} ${rng.pick(QC_NAME_PARTS.first)}${rng.pick(QC_NAME_PARTS.second)}`
      : `${rng.pick(ON_NAME_PARTS.first)} ${rng.pick(['Ventures', 'Capital', 'Growth Partners'])}`;
  if (latent.kind === 'institute')
    return qc
      ? `Institut de recherche ${rng.pick(['en santé', 'biomédicale', 'clinique'])} de ${city}`
      : `${city} Institute for ${rng.pick(['Health Research', 'Biomedical Research', 'Translational Medicine'])}`;
  const parts = qc ? QC_NAME_PARTS : ON_NAME_PARTS;
  return `${rng.pick(parts.first)}${qc ? '' : ' '}${rng.pick(parts.second)} ${rng.pick(parts.suffix)}`;
}

export interface RenderOptions {
  phrasing: 'standard' | 'holdout';
  tagDropout: number;
}

export function render(rng: Prng, latent: Latent, externalId: string, options: RenderOptions): ImportCompany {
  const phrases = options.phrasing === 'holdout' ? HOLDOUT_PHRASES : STANDARD_PHRASES;
  const d = options.tagDropout;
  const city = rng.pick(latent.province === 'QC' ? QC_CITIES : ON_CITIES);
  const name = companyName(rng, latent, city);
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const needs = latent.needs.map((n) =>
    n === 'manufacturing' ? manufacturingOf(latent.modalities[0] ?? 'biologics') : n,
  );

  // Tags: needs are often only in prose; the rest is partly left out.
  const allNeedsInText = rng.chance(d);
  const seekTags = allNeedsInText ? [] : needs.filter(() => rng.chance(1 - d / 2));
  const offerTags = latent.offers.filter(() => rng.chance(1 - d / 2));
  const areas = rng.chance(d / 2) ? [] : latent.areas;
  const modalities = rng.chance(d / 2) ? [] : latent.modalities;
  const stage = latent.stage && !rng.chance(d / 3) ? latent.stage : undefined;

  // Prose in the company's languages; bilingual companies often write in one only.
  const writeIn: Lang[] =
    latent.languages.length === 1
      ? latent.languages
      : rng.chance(options.phrasing === 'holdout' ? 0.3 : 0.5)
        ? ['fr', 'en']
        : [rng.pick(latent.languages)];
  const statedNeeds = needs.filter((n) => !seekTags.includes(n) || rng.chance(0.7));
  const description: { fr?: string; en?: string } = {};
  const seeking: { fr?: string; en?: string } = {};
  for (const lang of writeIn) {
    description[lang] = describe(rng, phrases, latent, lang);
    if (statedNeeds.length > 0) seeking[lang] = seekingText(rng, phrases, latent, statedNeeds, lang);
  }

  const association = latent.province === 'QC' ? 'BIOQUEBEC' : 'LSO';
  const memberships: ImportCompany['memberships'] = [
    { association, memberSince: `${rng.int(2008, 2024)}-0${rng.int(1, 9)}-01` },
  ];
  if (rng.chance(0.08)) memberships[0].expiresOn = `2025-0${rng.int(1, 9)}-28`;
  else if (rng.chance(0.5)) memberships[0].expiresOn = `${rng.int(2026, 2028)}-03-31`;
  if (rng.chance(0.05)) memberships.push({ association: association === 'BIOQUEBEC' ? 'LSO' : 'BIOQUEBEC' });
  const locale = latent.languages[0];
  const person = `${rng.pick(FIRST_NAMES[locale])} ${rng.pick(LAST_NAMES[locale])}`;
  const email = `${person
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@${slug.slice(0, 40)}.example`;

  const company: ImportCompany = {
    externalId,
    name,
    province: latent.province,
    city,
    memberships,
    website: `https://${slug.slice(0, 40)}.example`,
    languages: latent.languages,
    size: rng.pick(SIZES[latent.kind]),
    sectors: latent.sectors,
    therapeuticAreas: [...new Set(areas)],
    modalities,
    offers: offerTags,
    seeks: seekTags,
    partnershipTypes: latent.partnershipTypes,
    description,
    matchmakingOptIn: rng.chance(0.93),
    contacts: [{ email, name: person, role: 'COMPANY_ADMIN', locale }],
  };
  if (stage) company.stage = stage;
  if (Object.keys(seeking).length > 0) company.seeking = seeking;
  return company;
}
