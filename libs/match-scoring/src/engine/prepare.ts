// prepareProfiles: reads every profile once — tags, free text in both languages, what its kind
// and stage imply — into the typed arrays of PreparedCore. Scoring never looks at text again.
import {
  AREAS,
  MODALITIES,
  bitsOf,
  AREA_INDEX,
  CAPABILITY_COUNT,
  CAPABILITY_INDEX,
  MODALITY_INDEX,
  PARTNERSHIP_TYPE_INDEX,
  SECTOR_INDEX,
  maskOf,
  stageOrder,
} from '../codes.js';
import { extractFeatures, providerReading, type ExtractedFeatures } from '../text/extract.js';
import type { RuledOut } from '../text/exclusions.js';
import { profileTerms } from '../text/science-terms.js';
import { buildScienceIndex } from './similarity.js';
import { fillTermBags, learnedTermLift, termBag } from './term-lift.js';
import { MANUFACTURING_CODES, manufacturingFor } from '../text/manufacturing.js';
import type { MatchProfile } from '../types.js';
import { DEFAULT_WEIGHTS, MODEL_VERSION, WEIGHT_NAMES, type Weights } from '../weights.js';
import { COMPAT_OFFERS } from './capability-rules.js';
import { IMPLIED_MANUFACTURING, impliedOffers, impliedSeeks, type Implied } from './implied.js';
import {
  modalityClassMask,
  modalityFamilyMask,
  productClassMask,
  sectorClassMask,
} from './modality-families.js';
import { fillKindLift } from './kind-prior.js';
import { boundsHold } from './pair-bound.js';
import {
  allocateCore,
  ROLE,
  type PreparedCore,
  type PreparedProfiles,
  type TermLiftTable,
} from './prepared.js';
import { speciesMask } from './species.js';

const PROVIDER_SECTORS = [
  'cro',
  'cdmo',
  'professional_services',
  'hospital',
  'research_institute',
  'investor',
];
const INVESTOR_EQUITY_NEED = 0.5;
/** Below this confidence a capability is too doubtful to count at all. */
const MIN_WEIGHT = 0.05;
/** A tagged or read area or modality counts as this many mentions of it in the text. */
const CONCEPT_COUNT = 2;
/** Text areas below this confidence are a disease's secondary area, not the company's field. */
const SURE_AREA = 0.8;
/** What a party brings to a deal rather than a service: money or an asset. */
const DEALS = new Set(['equity_investment', 'non_dilutive_funding', 'licensing_asset']);

interface TextFeatures {
  description: ExtractedFeatures[];
  seeking: ExtractedFeatures[];
}

function readText(profile: MatchProfile): TextFeatures {
  const modalities = profile.modalities;
  const provider = providerReading(profile.sectors);
  const texts = (field: { fr?: string; en?: string } | undefined, mode: 'offer' | 'need') =>
    [field?.fr, field?.en]
      .filter((t): t is string => !!t && t.trim().length > 0)
      .map((t) => extractFeatures(t, { mode, modalities, provider }));
  return { description: texts(profile.description, 'offer'), seeking: texts(profile.seeking, 'need') };
}

function union(list: ExtractedFeatures[], field: keyof ExtractedFeatures['weights']) {
  const out = new Map<string, number>();
  for (const f of list)
    for (const [code, w] of Object.entries(f.weights[field])) out.set(code, Math.max(out.get(code) ?? 0, w));
  return out;
}

function raise(target: Float32Array, base: number, code: string, weight: number): void {
  const c = CAPABILITY_INDEX.get(code);
  if (c !== undefined && target[base + c] < weight) target[base + c] = weight;
}

/**
 * `liftTable` is the words' table the scores are lifted by: the model's, or (for the bench's
 * fair figures) one learned without the set being scored.
 */
export function prepareProfiles(
  profiles: MatchProfile[],
  weights: Partial<Weights> = {},
  liftTable: TermLiftTable = learnedTermLift(),
): PreparedProfiles {
  const w: Weights = { ...DEFAULT_WEIGHTS, ...weights };
  const sorted = [...profiles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const core = allocateCore(sorted.length, buildScienceIndex([]), liftTable);
  WEIGHT_NAMES.forEach((name, i) => (core.weights[i] = w[name]));
  sorted.forEach((profile, i) => prepareOne(core, i, profile, w));
  core.boundsHold = boundsHold(core, w);
  const textTerms = sorted.map(profileTerms);
  core.scienceIndex = buildScienceIndex(sorted.map((profile, i) => scienceOf(textTerms[i], core, i)));
  fillTermBags(
    core,
    sorted.map((profile, i) => termBag(profile, textTerms[i])),
  );
  const ids = sorted.map((p) => p.id);
  const byProvince: [Int32Array, Int32Array] = [
    Int32Array.from(ids.keys()).filter((i) => core.province[i] === 0),
    Int32Array.from(ids.keys()).filter((i) => core.province[i] === 1),
  ];
  return {
    modelVersion: MODEL_VERSION,
    weights: Object.freeze(w),
    ids,
    indexById: new Map(ids.map((id, i) => [id, i])),
    byProvince,
    core,
  };
}

/** A profile's science terms: its texts' stems, and its areas and modalities as concepts. */
function scienceOf(textTerms: Map<string, number>, core: PreparedCore, i: number): Map<string, number> {
  const terms = new Map(textTerms);
  for (const area of bitsOf(core.areas[i])) terms.set(`#area:${AREAS[area]}`, CONCEPT_COUNT);
  for (const modality of bitsOf(core.modalities[i]))
    terms.set(`#modality:${MODALITIES[modality]}`, CONCEPT_COUNT);
  return terms;
}

function prepareOne(core: PreparedCore, i: number, profile: MatchProfile, w: Weights): void {
  const text = readText(profile);
  const all = [...text.description, ...text.seeking];
  const textAreas = union(all, 'therapeuticAreas');
  const textModalities = union(all, 'modalities');
  const textStages = union(all, 'stages');

  core.province[i] = profile.province === 'ON' ? 1 : 0;
  core.languages[i] = (profile.languages.includes('fr') ? 1 : 0) | (profile.languages.includes('en') ? 2 : 0);
  core.sectors[i] = maskOf(profile.sectors, SECTOR_INDEX);
  fillKindLift(core, i, w.kindPrior);
  const species = union(all, 'species');
  core.species[i] = speciesMask(profile.sectors, species.has('animal'), species.has('plant'));
  // A disease's secondary area (Alzheimer's: aging) only fills in for a profile that tags no area.
  const tagged = profile.therapeuticAreas.length > 0;
  const readAreas = [...textAreas]
    .filter(([, weight]) => !tagged || weight >= SURE_AREA)
    .map(([code]) => code);
  core.areas[i] = (maskOf(profile.therapeuticAreas, AREA_INDEX) | maskOf(readAreas, AREA_INDEX)) >>> 0;
  core.partnershipTypes[i] = maskOf(profile.partnershipTypes, PARTNERSHIP_TYPE_INDEX);
  const modalityCodes = new Set([...profile.modalities, ...textModalities.keys()]);
  const claimedModalities = maskOf(modalityCodes, MODALITY_INDEX);

  // Capabilities: tags (1), free text (w.text × confidence), then what the profile implies (w.implied).
  const base = i * CAPABILITY_COUNT;
  const offerW = core.offerWeight;
  const seekW = core.seekWeight;
  for (const code of profile.offers) raise(offerW, base, code, 1);
  for (const code of profile.seeks) raise(seekW, base, code, 1);
  const tagOffers = maskOf(profile.offers, CAPABILITY_INDEX);
  const tagSeeks = maskOf(profile.seeks, CAPABILITY_INDEX);
  for (const [code, weight] of union(text.description, 'offers')) raise(offerW, base, code, w.text * weight);
  const isInvestor = profile.sectors.includes('investor') || profile.offers.includes('equity_investment');
  // A fund writing about capital is describing its own money, not asking for it.
  const textNeed = (code: string) => (isInvestor && code === 'equity_investment' ? INVESTOR_EQUITY_NEED : 1);
  // A distributor looking for manufacturers looks for products to carry, not a plant to make them.
  const carriesProducts = offerW[base + CAPABILITY_INDEX.get('distribution')!] >= 0.5;
  const wanted = (code: string) =>
    carriesProducts && MANUFACTURING_CODES.has(code) ? 'licensing_asset' : code;
  for (const [code, weight] of union(all, 'seeks'))
    raise(seekW, base, wanted(code), w.text * weight * textNeed(code));
  for (const [code, weight] of union(text.seeking, 'offers')) raise(offerW, base, code, w.text * weight);
  // Looking for clients who need something says the company sells it, except a service firm's
  // clients' deals: a law firm for "startups negotiating their first licence or financing" sells
  // the advice, not the money.
  const sellsServices = providerReading(profile.sectors) === 'services';
  const clientNeeds = union(all, 'clientNeeds');
  for (const [code, weight] of clientNeeds)
    if (!sellsServices || !DEALS.has(code)) raise(offerW, base, code, w.clientOffer * w.text * weight);
  const modalityList = [...modalityCodes];
  for (const f of all) {
    for (const [side, weight] of Object.entries(f.unresolvedManufacturing)) {
      if (weight === 0) continue;
      const target = side === 'seek' ? seekW : offerW;
      const resolved = manufacturingFor({}, modalityList);
      if (resolved.length === 0) resolved.push(['gmp_biologics', 0.5], ['gmp_small_molecule', 0.5]);
      for (const [code, share] of resolved)
        raise(target, base, side === 'seek' ? wanted(code) : code, w.text * weight * share);
    }
  }

  // A provider's modalities include those its manufacturing offers imply (a biologics CDMO works with biologics).
  const offers = (code: string) => offerW[base + CAPABILITY_INDEX.get(code)!] >= 0.5;
  if (offers('gmp_biologics')) modalityCodes.add('biologics');
  if (offers('gmp_small_molecule')) modalityCodes.add('small_molecule');
  if (offers('cell_gene_manufacturing')) modalityCodes.add('cell_therapy').add('gene_therapy');
  if (offers('device_manufacturing')) modalityCodes.add('medical_device');
  const modalities = maskOf(modalityCodes, MODALITY_INDEX);
  core.modalities[i] = modalities;
  core.modalityFamily[i] = modalityFamilyMask(modalities);
  core.modalityClass[i] =
    modalityClassMask(modalities) |
    productClassMask(union(all, 'productClasses').keys()) |
    sectorClassMask(profile.sectors);

  const tagStage = stageOrder(profile.stage);
  let stages = tagStage > 0 ? 1 << tagStage : 0;
  if (stages === 0 || isInvestor) for (const code of textStages.keys()) stages |= 1 << stageOrder(code);
  // An investor's stage is where it comes in; it follows its companies into the next one.
  if (isInvestor) stages |= stages << 1;
  core.stages[i] = stages & 0xfe;
  const leadStage = tagStage > 0 ? tagStage : Math.max(0, ...[...textStages.keys()].map(stageOrder));

  core.statedNeed[i] = Math.max(0, ...seekW.subarray(base, base + CAPABILITY_COUNT));
  const addImplied = (target: Float32Array, implied: Implied) => {
    for (const [code, share] of implied) {
      const weight = w.implied * share;
      if (code !== IMPLIED_MANUFACTURING) raise(target, base, code, weight);
      else for (const [m, s] of manufacturingFor({}, [...modalityCodes])) raise(target, base, m, weight * s);
    }
  };
  const distributes = offerW[base + CAPABILITY_INDEX.get('distribution')!] >= 0.5;
  addImplied(offerW, impliedOffers(profile, distributes, leadStage));
  if (profile.sectors.includes('cdmo')) {
    const made = manufacturingFor({}, [...modalityCodes]);
    addImplied(
      offerW,
      made.length > 0
        ? made
        : [
            ['gmp_biologics', 0.5],
            ['gmp_small_molecule', 0.5],
          ],
    );
  }
  addImplied(
    seekW,
    impliedSeeks(profile, distributes, leadStage).filter(([code]) => !offers(code)),
  );

  let offerMask = 0;
  let seekMask = 0;
  let needReach = 0;
  for (let c = 0; c < CAPABILITY_COUNT; c++) {
    if (offerW[base + c] >= MIN_WEIGHT) offerMask |= 1 << c;
    else offerW[base + c] = 0;
    if (seekW[base + c] >= MIN_WEIGHT) {
      seekMask |= 1 << c;
      needReach |= COMPAT_OFFERS[c];
    } else seekW[base + c] = 0;
  }
  core.offerMask[i] = offerMask >>> 0;
  core.seekMask[i] = seekMask >>> 0;
  core.needReach[i] = needReach >>> 0;
  core.offerUntagged[i] = (offerMask & ~tagOffers) >>> 0;
  core.seekUntagged[i] = (seekMask & ~tagSeeks) >>> 0;

  const isProvider =
    profile.sectors.some((s) => PROVIDER_SECTORS.includes(s)) || distributes || clientNeeds.size > 0;
  core.role[i] =
    (isInvestor ? ROLE.INVESTOR : 0) |
    (distributes ? ROLE.DISTRIBUTOR : 0) |
    (isProvider ? ROLE.PROVIDER : 0);
  core.gain[i] = isProvider ? w.providerGain : w.peerGain;
  ruleOut(core, i, all, claimedModalities);
}

/**
 * The scopes a profile's texts rule out, less those it claims in tags or words ("mAb CDMO … no ADC
 * conjugation"). A span counts when the services it names are ones the company offers ("we do not
 * invest in devices" from a fund; not « pas de formulation LNP » from a fill-finish plant). The
 * scopes win over what offers imply: a CDMO tagged for biologics that writes "we do not handle
 * biologics" means it.
 */
function ruleOut(core: PreparedCore, i: number, texts: ExtractedFeatures[], claimed: number): void {
  const base = i * CAPABILITY_COUNT;
  const offered = (code: string): boolean =>
    code === 'manufacturing'
      ? [...MANUFACTURING_CODES].some((m) => offered(m))
      : core.offerWeight[base + CAPABILITY_INDEX.get(code)!] >= 0.5;
  const spans = texts.flatMap((f) => f.excluded).filter((span) => span.services.every(offered));
  const codes = (field: keyof RuledOut['scopes']) => spans.flatMap((span) => Object.keys(span.scopes[field]));
  // Vaccines are biologics: a plant that handles no biologics makes no vaccine either.
  const named = codes('modalities');
  const modalities =
    maskOf(named.includes('biologics') ? [...named, 'vaccines'] : named, MODALITY_INDEX) & ~claimed;
  core.excludedModalities[i] = modalities >>> 0;
  core.excludedAreas[i] = (maskOf(codes('areas'), AREA_INDEX) & ~core.areas[i]) >>> 0;
  core.excludedClasses[i] =
    (productClassMask(codes('productClasses')) | modalityClassMask(modalities)) & ~modalityClassMask(claimed);
  const stages = codes('stages').reduce((mask, code) => mask | (1 << stageOrder(code)), 0);
  core.excludedStages[i] = stages & ~core.stages[i] & 0xfe;
}
