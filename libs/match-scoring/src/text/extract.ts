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
import { MODALITY_LEXICON } from '../lexicon/modalities.lexicon.js';
import { STAGE_LEXICON } from '../lexicon/stages.lexicon.js';
import { NegatedSpan, rulesOut, type RuledOut } from './exclusions.js';
import { AdviceTopic } from './advice-topics.js';
import { compileLexicon, scan, type Hit } from './matcher.js';
import { tokenize } from './normalize.js';
import { parseNumberedStages } from './numbered-stages.js';
import { resolveSentence, type FeatureWeights, type Pending, type Weighted } from './sentence.js';

export type { Weighted } from './sentence.js';

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

export interface ExtractedFeatures {
  offers: string[];
  seeks: string[];
  /** What the clients the company looks for need ("sponsors needing GLP tox"): what it sells. */
  clientNeeds: string[];
  therapeuticAreas: string[];
  modalities: string[];
  stages: string[];
  /** Confidence 0..1 of each code found, per field. */
  weights: FeatureWeights;
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
   * research institute the trials it hosts (« nous avons participé à trois essais »: sites). The
   * phases a fund's seeking field names are its investees' ("phase 2 and 3 companies"), not trials.
   */
  provider?: 'services' | 'sites' | 'investor';
}

/** Kinds whose descriptions say what they sell, and kinds whose trials named are trials hosted. */
const SERVICE_SECTORS = ['cro', 'professional_services'];
const SITE_SECTORS = ['hospital', 'research_institute'];

/** How a company of these sectors' description reads (ExtractOptions.provider). */
export function providerReading(sectors: readonly string[]): ExtractOptions['provider'] {
  if (sectors.some((s) => SERVICE_SECTORS.includes(s))) return 'services';
  if (sectors.some((s) => SITE_SECTORS.includes(s))) return 'sites';
  if (sectors.includes('investor')) return 'investor';
  return undefined;
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
    species: {},
  } as FeatureWeights;
  const unresolved = { offer: 0, seek: 0 };
  const excluded: RuledOut[] = [];
  const negatedSpan = new NegatedSpan();
  const adviceTopic = new AdviceTopic();
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
        portraysInvestees: options.provider === 'investor' && defaultNeed,
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
    adviceTopic.reset();
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
    adviceTopic.word(stream.raw[i], contentPos);
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
        adviceTopic: adviceTopic.holds(contentPos, conjunctionAt),
      });
      adviceTopic.adviser(hit.effects, need, contentPos + hit.length - 1);
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
