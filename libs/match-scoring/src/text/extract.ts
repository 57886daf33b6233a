// Free text → taxonomy codes. Each sentence is read in a mode: a `seeking` field and the part of a
// sentence after a need cue ("we are looking for", « nous cherchons ») state needs; a description
// states offers. Capabilities go to offers or seeks by that mode; areas, modalities and stages are
// the company's whatever the mode. A trial or phase mention is a need for trial services when it
// is wanted ("a partner for our phase II"), an offer only with service words ("we run phase I–III
// studies"), and otherwise just the company's stage. Manufacturing takes its kind from the modality.
import { CUE_LEXICON } from '../lexicon/cues.lexicon.js';
import { AREA_LEXICON } from '../lexicon/areas.lexicon.js';
import { BUSINESS_LEXICON } from '../lexicon/business.lexicon.js';
import { DEVELOPMENT_LEXICON } from '../lexicon/development.lexicon.js';
import type { Effect } from '../lexicon/lexicon.types.js';
import { MODALITY_LEXICON } from '../lexicon/modalities.lexicon.js';
import { STAGE_LEXICON } from '../lexicon/stages.lexicon.js';
import { distributionMarkets, wantsUnitsForStudy, type SentenceHit } from './care-units.js';
import { NegatedSpan, rulesOut, type RuledOut } from './exclusions.js';
import { manufacturingFor } from './manufacturing.js';
import { compileLexicon, scan, type Hit } from './matcher.js';
import { tokenize } from './normalize.js';
import { parseNumberedStages } from './numbered-stages.js';

const CONTENT = compileLexicon(
  [...DEVELOPMENT_LEXICON, ...BUSINESS_LEXICON, ...AREA_LEXICON, ...MODALITY_LEXICON, ...STAGE_LEXICON],
  true,
);
const CUES = compileLexicon(CUE_LEXICON, false);

/** How many content words after a negation are not claimed ("no need for a CRO or a CDMO"). */
const NEGATION_SPAN = 4;
/** How many words after a party ("startups", « entreprises ») a needing word makes it a client. */
const PARTY_SPAN = 12;
/** How many content words open a sentence: an institution named there is the company itself. */
const OPENING_WORDS = 2;
/** A trial mention this close after a stated need is that need's context ("lots for our phase I"). */
const CONTEXT_SPAN = 5;
const PARTNER_WORDS = new Set([
  'partenaire',
  'partenaires',
  'partner',
  'partners',
  'collaborateur',
  'collaborator',
  'allie',
  'cro',
  'cros',
]);

export type Weighted = Record<string, number>;

export interface ExtractedFeatures {
  offers: string[];
  seeks: string[];
  /** What the clients the company looks for need ("sponsors needing GLP tox"): what it sells. */
  clientNeeds: string[];
  therapeuticAreas: string[];
  modalities: string[];
  stages: string[];
  /** Confidence 0..1 of each code found, per field. */
  weights: {
    offers: Weighted;
    seeks: Weighted;
    clientNeeds: Weighted;
    therapeuticAreas: Weighted;
    modalities: Weighted;
    stages: Weighted;
    /** Classes of products named without a modality ('drug', 'digital'): see ProductClass. */
    productClasses: Weighted;
  };
  /** Manufacturing mentioned where no modality tells its kind (weight; 0 when none). */
  unresolvedManufacturing: { offer: number; seek: number };
  /** Scopes the text rules out ("we do not handle biologics"): see text/exclusions.ts. */
  excluded: RuledOut[];
}

export interface ExtractOptions {
  /** How sentences without a cue are read: 'offer' for a description, 'need' for a seeking field. */
  mode?: 'offer' | 'need';
  /** The company's known modalities, to resolve manufacturing words the text leaves open. */
  modalities?: readonly string[];
  /**
   * What the company is, when its kind says how its description reads: a service provider (CRO,
   * consultancy) describes what it sells ("GLP toxicology in rodents and minipigs"), a hospital or
   * research institute the trials it hosts (« nous avons participé à trois essais »: sites).
   */
  provider?: 'services' | 'sites';
}

/** A phrase of the sentence being read; `client`: said of the clients sought, not of the company. */
interface Pending extends SentenceHit {
  /** The trial mention follows a partner word ("a partner for phase II"): a need on its own. */
  afterPartner: boolean;
  /** Among the first words of its sentence: what a description's sentence opens with is the company. */
  opensSentence: boolean;
}

/** Kinds whose descriptions say what they sell, and kinds whose trials named are trials hosted. */
const SERVICE_SECTORS = ['cro', 'professional_services'];
const SITE_SECTORS = ['hospital', 'research_institute'];

/** How a company of these sectors' description reads (ExtractOptions.provider). */
export function providerReading(sectors: readonly string[]): ExtractOptions['provider'] {
  if (sectors.some((s) => SERVICE_SECTORS.includes(s))) return 'services';
  if (sectors.some((s) => SITE_SECTORS.includes(s))) return 'sites';
  return undefined;
}

function put(target: Weighted, code: string, weight: number): void {
  if ((target[code] ?? 0) < weight) target[code] = weight;
}

export function extractFeatures(text: string, options: ExtractOptions = {}): ExtractedFeatures {
  const weights = {
    offers: {},
    seeks: {},
    clientNeeds: {},
    therapeuticAreas: {},
    modalities: {},
    stages: {},
    productClasses: {},
  } as ExtractedFeatures['weights'];
  const unresolved = { offer: 0, seek: 0 };
  const excluded: RuledOut[] = [];
  const negatedSpan = new NegatedSpan();
  const stream = tokenize(text ?? '');
  const contentTokens = stream.content.map((i) => stream.raw[i]);
  const contentUpper = stream.content.map((i) => stream.upper[i]);
  const contentSentence = stream.content.map((i) => stream.sentence[i]);
  const taken = new Uint8Array(contentTokens.length);
  const numbered = parseNumberedStages(stream, taken);
  const hitsAt = new Map<number, Hit>();
  for (const hit of [...scan(CONTENT, contentTokens, contentUpper, contentSentence, taken), ...numbered])
    hitsAt.set(hit.start, hit);
  const cuesAt = new Map<number, Hit>();
  for (const hit of scan(CUES, stream.raw, stream.upper, stream.sentence)) cuesAt.set(hit.start, hit);

  const defaultNeed = options.mode === 'need';
  let need = defaultNeed;
  let negatedUntil = -1;
  let excludingUntil = -1;
  let service = false;
  let self = false;
  let lastPartner = -100;
  let client = false;
  let partyAt = -100;
  let partyContentAt = 0;
  let raising = false;
  let parties: number[] = [];
  let conjunctionAt = -100;
  let pending: Pending[] = [];
  let contentPos = 0;
  let sentence = 0;
  let sentenceStart = 0;

  const flush = () => {
    resolveSentence(
      pending,
      {
        service: service || (options.provider === 'services' && !defaultNeed),
        self,
        raising,
        parties,
        hostsTrials: options.provider === 'sites' && !defaultNeed,
      },
      weights,
      unresolved,
      options.modalities ?? [],
    );
    pending = [];
    need = defaultNeed;
    negatedUntil = -1;
    excludingUntil = -1;
    negatedSpan.close(excluded);
    service = false;
    self = false;
    lastPartner = -100;
    client = false;
    partyAt = -100;
    raising = false;
    parties = [];
    conjunctionAt = -100;
  };

  for (let i = 0; i < stream.raw.length; i++) {
    if (stream.sentence[i] !== sentence) {
      flush();
      sentence = stream.sentence[i];
      sentenceStart = contentPos;
    }
    const cueHit = cuesAt.get(i);
    if (cueHit) {
      for (const effect of cueHit.effects) {
        if (effect.kind !== 'cue') continue;
        if (effect.cue === 'need') need = true;
        else if (effect.cue === 'offer' || (effect.cue === 'weakOffer' && !defaultNeed)) need = false;
        else if (effect.cue === 'weakNeed' && confirmsNeed(cuesAt, i + cueHit.length, stream.sentence))
          need = true;
        else if (effect.cue === 'negation') {
          negatedUntil = contentPos + (stream.content[contentPos] === i ? 1 : 0) + NEGATION_SPAN;
          negatedSpan.close(excluded);
          if (rulesOut(stream.raw, i)) excludingUntil = negatedUntil;
        } else if (effect.cue === 'service') service = true;
        else if (effect.cue === 'self') self = true;
        // Clients are only sought in a need; "our clients" in a description is a service cue.
        else if (effect.cue === 'client' && need) client = true;
        else if (effect.cue === 'party' && need) {
          partyAt = i;
          partyContentAt = contentPos;
          parties.push(contentPos);
        } else if (effect.cue === 'needing' && i - partyAt <= PARTY_SPAN) {
          client = true;
          // What was said of them before the needing word portrays the clients: their field and
          // stage, neither their need nor the company's ("companies with phase 2 data that need …").
          for (const p of pending) if (p.position >= partyContentAt) p.portrait = true;
        } else if (effect.cue === 'raising') raising = true;
        else if (effect.cue === 'conjunction') conjunctionAt = contentPos;
      }
    }
    if (stream.content[contentPos] !== i) continue;
    if (PARTNER_WORDS.has(stream.raw[i])) lastPartner = contentPos;
    const hit = hitsAt.get(contentPos);
    if (hit && contentPos < excludingUntil) negatedSpan.add(hit.effects);
    if (hit && contentPos >= negatedUntil) {
      pending.push({
        effects: hit.effects,
        need,
        client,
        conjunctionAt,
        position: contentPos,
        // "a commercial partner and investors for phase 2b": the phase is the investors' context.
        opensSentence: contentPos - sentenceStart <= OPENING_WORDS,
        afterPartner:
          contentPos - lastPartner <= 3 &&
          !pending.some((q) => q.position > lastPartner && q.effects.some((e) => e.kind === 'cap')),
      });
    }
    contentPos++;
  }
  flush();

  const codes = (w: Weighted) => Object.keys(w).sort();
  return {
    offers: codes(weights.offers),
    seeks: codes(weights.seeks),
    clientNeeds: codes(weights.clientNeeds),
    therapeuticAreas: codes(weights.therapeuticAreas),
    modalities: codes(weights.modalities),
    stages: codes(weights.stages),
    weights,
    unresolvedManufacturing: unresolved,
    excluded,
  };
}

/** A weak cue ("looking to …") states a need when an acquiring verb follows within a few words. */
function confirmsNeed(cuesAt: Map<number, Hit>, from: number, sentence: Int32Array): boolean {
  for (let j = from; j < from + 4 && j < sentence.length && sentence[j] === sentence[from - 1]; j++) {
    if (cuesAt.get(j)?.effects.some((e) => e.kind === 'cue' && e.cue === 'acquire')) return true;
  }
  return false;
}

/** What the sentence's cues said: services offered, the company's own program, a round being raised. */
interface SentenceCues {
  service: boolean;
  self: boolean;
  raising: boolean;
  /** Content positions of the parties named ("startups", « entreprises »). */
  parties: number[];
  /** A hospital's or institute's description: the trials it names are trials it hosts. */
  hostsTrials: boolean;
}

/** The confidence of sites read from a care unit wanted for a study, as of an institution wanted. */
const SITES_FOR_STUDY = 0.7;

/** A round or phase this close to a party named in a need is the party's ("seed-stage startups"). */
const PARTY_STAGE_SPAN = 3;

/** The effects a portrait of clients leaves out: capabilities, whoever would have them. */
const PORTRAYED_ONLY = new Set<Effect['kind']>(['cap', 'cro', 'mfg', 'clinical', 'preclinical']);

const isPreclinical = (e: Effect) =>
  e.kind === 'preclinical' || (e.kind === 'cap' && e.code === 'preclinical_services');
const isClinical = (e: Effect) =>
  e.kind === 'clinical' ||
  (e.kind === 'cap' && (e.code === 'clinical_trial_services' || e.code === 'clinical_sites'));

function resolveSentence(
  pending: Pending[],
  { service, self, raising, parties, hostsTrials }: SentenceCues,
  weights: ExtractedFeatures['weights'],
  unresolved: { offer: number; seek: number },
  knownModalities: readonly string[],
): void {
  if (pending.length === 0) return;
  const sentenceModalities: Weighted = {};
  for (const p of pending)
    for (const e of p.effects) if (e.kind === 'mod') put(sentenceModalities, e.code, e.weight);
  // "A CRO for our GLP tox studies" is a preclinical CRO; a CRO alone runs trials.
  const croKind =
    pending.some((p) => p.effects.some(isPreclinical)) && !pending.some((p) => p.effects.some(isClinical))
      ? 'preclinical_services'
      : 'clinical_trial_services';
  // A study named after a need for studies is that need's object, not its context.
  const neededAt = pending
    .filter(
      (p) =>
        p.need &&
        p.effects.some((e) => (e.kind === 'cap' && !isClinical(e) && !isPreclinical(e)) || e.kind === 'mfg'),
    )
    .map((p) => p.position);

  const nearParty = (p: Pending) => parties.some((at) => Math.abs(at - p.position) <= PARTY_STAGE_SPAN);
  if (wantsUnitsForStudy(pending)) put(weights.seeks, 'clinical_sites', SITES_FOR_STUDY);
  const markets = distributionMarkets(pending);
  for (const p of pending) {
    const side = p.client ? weights.clientNeeds : p.need ? weights.seeks : weights.offers;
    for (const e of p.effects) {
      if (p.portrait && PORTRAYED_ONLY.has(e.kind)) continue;
      switch (e.kind) {
        case 'cap':
          if (p.client) {
            put(weights.clientNeeds, e.code, e.weight);
            break;
          }
          if (e.side === 'needOnly' && !p.need) break;
          if (e.side === 'institution' && markets.has(p)) break;
          if (e.side === 'institution' && !p.need) {
            if (p.opensSentence || hostsTrials) put(weights.offers, e.code, e.weight);
            break;
          }
          if (e.side === 'hostOnly' && !p.need) {
            if (hostsTrials) put(weights.offers, e.code, e.weight);
            break;
          }
          if (e.side === 'serviceOnly' && !p.need) {
            if (service && !self) put(weights.offers, e.code, e.weight);
            break;
          }
          put(
            e.side === 'seek' ? weights.seeks : e.side === 'offer' ? weights.offers : side,
            e.code,
            e.weight,
          );
          break;
        case 'cro':
          put(side, croKind, e.weight);
          break;
        case 'mfg': {
          const resolved = manufacturingFor(sentenceModalities, knownModalities);
          if (resolved.length === 0 && !p.client) {
            const key = p.need ? 'seek' : 'offer';
            unresolved[key] = Math.max(unresolved[key], e.weight);
          }
          for (const [code, w] of resolved) put(side, code, e.weight * w);
          break;
        }
        case 'clinical':
        case 'preclinical': {
          const code = e.kind === 'clinical' ? 'clinical_trial_services' : 'preclinical_services';
          const isContext = neededAt.some(
            (pos) => pos < p.position && p.position - pos <= CONTEXT_SPAN && p.conjunctionAt <= pos,
          );
          if (p.client) put(weights.clientNeeds, code, e.weight * 0.9);
          else if (p.need && nearParty(p)) break;
          else if (p.need && (p.afterPartner || !isContext)) put(weights.seeks, code, e.weight * 0.9);
          else if (!p.need && service && !self) put(weights.offers, code, e.weight * 0.8);
          else if (!p.need && hostsTrials && e.kind === 'clinical')
            put(weights.offers, 'clinical_sites', e.weight * 0.8);
          break;
        }
        case 'area':
          put(weights.therapeuticAreas, e.code, e.weight);
          break;
        case 'mod':
          put(weights.modalities, e.code, e.weight);
          break;
        case 'productClass':
          put(weights.productClasses, e.code, 1);
          break;
        case 'stage':
        case 'round':
          for (const code of e.codes) put(weights.stages, code, e.weight);
          if (e.kind === 'round' && (p.need || raising))
            put(
              p.client || (p.need && !raising && nearParty(p)) ? weights.clientNeeds : weights.seeks,
              'equity_investment',
              0.9 * e.weight,
            );
          break;
      }
    }
  }
}
