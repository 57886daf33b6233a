// Reasons in words, French or English, built from the taxonomy labels (lower-cased where they
// sit inside a sentence, with the French article each needs).
import { TAXONOMY } from '@app/taxonomy';
import type { Locale, MatchReason } from './types.js';

type Labelled = Record<string, { fr: string; en: string }>;

/** French articles of the capability labels (« des services d'essais cliniques », « la fabrication … »). */
const FR_ARTICLE: Record<string, string> = {
  research_collaboration: 'une ',
  preclinical_services: 'des ',
  clinical_trial_services: 'des ',
  clinical_sites: 'des ',
  process_development: 'le ',
  gmp_small_molecule: 'la ',
  gmp_biologics: 'la ',
  cell_gene_manufacturing: 'la ',
  device_manufacturing: 'la ',
  regulatory_affairs: 'des ',
  market_access: "l'",
  distribution: 'la ',
  ip_legal: 'des services en ',
  data_analytics: 'des ',
  bioinformatics: 'la ',
  lab_space: 'des ',
  equity_investment: "l'",
  non_dilutive_funding: 'du ',
  licensing_asset: 'un ',
  technology_platform: 'une ',
  talent_training: 'des ',
};

/** English articles of the capability labels that name one thing ("an asset available for licensing"). */
const EN_ARTICLE: Record<string, string> = {
  research_collaboration: 'a ',
  licensing_asset: 'an ',
  technology_platform: 'a ',
};

/** How « Vous travaillez tous deux … » continues, where « en » + label reads badly. */
const FR_AREA: Record<string, string> = {
  cardiovascular: 'dans le domaine cardiovasculaire',
  musculoskeletal: "sur l'appareil locomoteur",
  aging: 'sur le vieillissement',
};
const FR_LANGUAGE: Record<string, string> = { fr: 'le français', en: "l'anglais" };

/** Lower-cases the first letter unless the label starts with an acronym (GMP, IP). */
function inSentence(label: string): string {
  return /^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function label(table: Labelled, code: string | undefined, locale: Locale): string {
  const entry = code ? table[code] : undefined;
  return entry ? entry[locale] : (code ?? '');
}

const capabilityLabel = (code: string, locale: Locale) =>
  inSentence(label(TAXONOMY.capabilities.codes, code, locale));

/** The capability as the object of a verb: « des services d'essais cliniques », "clinical trial services". */
function capabilityPhrase(code: string, locale: Locale): string {
  if (locale === 'en') return (EN_ARTICLE[code] ?? '') + capabilityLabel(code, locale);
  if (code === 'ip_legal') return 'des services en propriété intellectuelle et juridiques';
  return (FR_ARTICLE[code] ?? '') + capabilityLabel(code, locale);
}

function areaPhrase(code: string, locale: Locale): string {
  const text = inSentence(label(TAXONOMY.therapeuticAreas, code, locale));
  return locale === 'en' ? `in ${text}` : (FR_AREA[code] ?? `en ${text}`);
}

/** "French and English" / « le français et l'anglais » (with the article) or « français » (without). */
function languages(codes: string, locale: Locale, withArticle: boolean): string {
  const names = codes
    .split(',')
    .map((c) =>
      locale === 'en'
        ? label(TAXONOMY.languages, c, 'en')
        : withArticle
          ? FR_LANGUAGE[c]
          : label(TAXONOMY.languages, c, 'fr').toLowerCase(),
    );
  return names.join(locale === 'fr' ? (withArticle ? ' et ' : ' et en ') : ' and ');
}

const stageLabel = (code: string, locale: Locale) => label(TAXONOMY.stages, code, locale);

/** The partner's attribute a company showed interest in: a sector, an offer, an area or a modality. */
function interestLabel(p: Record<string, string>, locale: Locale): string {
  if (p.offer) return capabilityLabel(p.offer, locale);
  if (p.area) return inSentence(label(TAXONOMY.therapeuticAreas, p.area, locale));
  if (p.modality) return inSentence(label(TAXONOMY.modalities, p.modality, locale));
  return inSentence(label(TAXONOMY.sectors, p.sector, locale));
}

type Renderer = (p: Record<string, string>) => { fr: string; en: string };

const RENDERERS: Record<string, Renderer> = {
  OFFERS_WHAT_YOU_SEEK: (p) => ({
    fr: p.offered
      ? `Offre ${capabilityPhrase(p.offered, 'fr')}, proche de ce que vous recherchez : ${capabilityLabel(p.capability, 'fr')}`
      : `Offre ${capabilityPhrase(p.capability, 'fr')}, que vous recherchez`,
    en: p.offered
      ? `Offers ${capabilityPhrase(p.offered, 'en')}, close to what you seek: ${capabilityLabel(p.capability, 'en')}`
      : `Offers ${capabilityPhrase(p.capability, 'en')}, which you seek`,
  }),
  SEEKS_WHAT_YOU_OFFER: (p) => ({
    fr: p.offered
      ? `Recherche ${capabilityPhrase(p.capability, 'fr')}, proche de ce que vous offrez : ${capabilityLabel(p.offered, 'fr')}`
      : `Recherche ${capabilityPhrase(p.capability, 'fr')}, que vous offrez`,
    en: p.offered
      ? `Seeks ${capabilityPhrase(p.capability, 'en')}, close to what you offer: ${capabilityLabel(p.offered, 'en')}`
      : `Seeks ${capabilityPhrase(p.capability, 'en')}, which you offer`,
  }),
  GAINS_A_CLIENT: (p) => ({
    fr: `Gagne en vous un client pour son offre : ${capabilityLabel(p.capability, 'fr')}`,
    en: `Gains in you a client for its ${capabilityLabel(p.capability, 'en')}`,
  }),
  MODALITY_FIT: (p) => ({
    fr: `Travaille avec votre modalité : ${inSentence(label(TAXONOMY.modalities, p.modality, 'fr'))}`,
    en: `Works with your modality: ${inSentence(label(TAXONOMY.modalities, p.modality, 'en'))}`,
  }),
  SHARED_AREA: (p) => ({
    fr: `Vous travaillez tous deux ${areaPhrase(p.area, 'fr')}`,
    en: `Both work ${areaPhrase(p.area, 'en')}`,
  }),
  SHARED_SCIENCE: () => ({
    fr: 'Vos deux profils décrivent une science proche (indications, cibles, modalités, technologies)',
    en: 'Both profiles describe closely related science (indications, targets, modalities, technologies)',
  }),
  INVESTS_AT_YOUR_STAGE: (p) => ({
    fr: `Investit au stade de votre programme principal (${stageLabel(p.stage, 'fr')})`,
    en: `Invests at the stage of your lead program (${stageLabel(p.stage, 'en')})`,
  }),
  AT_A_STAGE_YOU_FUND: (p) => ({
    fr: `Son programme principal est à un stade que vous financez (${stageLabel(p.stage, 'fr')})`,
    en: `Its lead program is at a stage you fund (${stageLabel(p.stage, 'en')})`,
  }),
  LATE_STAGE_ASSET: (p) => ({
    fr: `Son produit est à un stade avancé (${stageLabel(p.stage, 'fr')}), prêt pour votre réseau`,
    en: `Its product is at a late stage (${stageLabel(p.stage, 'en')}), ready for your network`,
  }),
  ASSET_SUITS_PARTNER: (p) => ({
    fr: `Le stade de votre produit (${stageLabel(p.stage, 'fr')}) convient à son réseau`,
    en: `Your product's stage (${stageLabel(p.stage, 'en')}) suits its network`,
  }),
  SPEAKS_LANGUAGE: (p) => ({
    fr: `Parle ${languages(p.language, 'fr', true)}`,
    en: `Speaks ${languages(p.language, 'en', false)}`,
  }),
  LANGUAGE_BARRIER: (p) => ({
    fr: `Attention, barrière de langue : travaille seulement en ${languages(p.partnerLanguage, 'fr', false)}, et vous en ${languages(p.viewerLanguage, 'fr', false)}`,
    en: `Language barrier: works only in ${languages(p.partnerLanguage, 'en', false)}, and you in ${languages(p.viewerLanguage, 'en', false)}`,
  }),
  SHARED_PARTNERSHIP_TYPE: (p) => ({
    fr: `Ouvert comme vous à ce type de partenariat : ${inSentence(label(TAXONOMY.partnershipTypes, p.partnershipType, 'fr'))}`,
    en: `Open, like you, to this kind of partnership: ${inSentence(label(TAXONOMY.partnershipTypes, p.partnershipType, 'en'))}`,
  }),
  LIKE_PARTNERS_YOU_CHOSE: (p) => ({
    fr: `Semblable aux partenaires pour lesquels votre entreprise a montré de l'intérêt : ${interestLabel(p, 'fr')}`,
    en: `Like partners your company showed interest in: ${interestLabel(p, 'en')}`,
  }),
  INTERPROVINCIAL: (p) => ({
    fr: `Partenaire potentiel ${p.province === 'ON' ? 'en Ontario' : 'au Québec'}`,
    en: `Potential partner in ${label(TAXONOMY.provinces, p.province, 'en')}`,
  }),
};

/** The reason in words; an unknown code renders as the code itself rather than failing a feed. */
export function renderReason(reason: MatchReason, locale: Locale): string {
  const render = RENDERERS[reason.code];
  return render ? render(reason.params)[locale] : reason.code;
}

/** The reason codes the engine emits (for tests and for consumers that translate them elsewhere). */
export const REASON_CODES = Object.keys(RENDERERS);
