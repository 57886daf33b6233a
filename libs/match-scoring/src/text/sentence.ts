// One sentence's phrases, once read (text/extract.ts): each goes to what the company offers, what
// it seeks or what the clients it looks for need, by the sentence's mode and cues and by its
// neighbours (a study after a need is that need's context, hospitals after a distributor its market).
import type { Effect } from '../lexicon/lexicon.types.js';
import { distributionMarkets, studiesForSites, wantsUnitsForStudy, type SentenceHit } from './care-units.js';
import { isAdvice, TOPIC_ONLY } from './advice-topics.js';
import { manufacturingFor } from './manufacturing.js';

export type Weighted = Record<string, number>;

export interface FeatureWeights {
  offers: Weighted;
  seeks: Weighted;
  clientNeeds: Weighted;
  therapeuticAreas: Weighted;
  modalities: Weighted;
  stages: Weighted;
  /** Classes of products named without a modality ('drug', 'digital'): see ProductClass. */
  productClasses: Weighted;
  /** 'animal' or 'plant' when the text speaks of veterinary work or crops (see engine/species.ts). */
  species: Weighted;
}

/** A phrase of the sentence being read; `client`: said of the clients sought, not of the company. */
export interface Pending extends SentenceHit {
  /** The trial mention follows a partner word ("a partner for phase II"): a need on its own. */
  afterPartner: boolean;
  /** Among the first words of its sentence: what a description's sentence opens with is the company. */
  opensSentence: boolean;
  /** Said of what an adviser is wanted for ("counsel on licensing …"): see text/advice-topics.ts. */
  adviceTopic: boolean;
}

/** A trial mention this close after a stated need is that need's context ("lots for our phase I"). */
const CONTEXT_SPAN = 5;

function put(target: Weighted, code: string, weight: number): void {
  if ((target[code] ?? 0) < weight) target[code] = weight;
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
  /** A fund's seeking field: the phases it names are its investees' stage (see ExtractOptions). */
  portraysInvestees: boolean;
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

export function resolveSentence(
  pending: Pending[],
  { service, self, raising, parties, hostsTrials, portraysInvestees }: SentenceCues,
  weights: FeatureWeights,
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
  const sitesContext = studiesForSites(pending);
  for (const p of pending) {
    const side = p.client ? weights.clientNeeds : p.need ? weights.seeks : weights.offers;
    const inTopic = p.adviceTopic && p.need && !p.client;
    for (const e of p.effects) {
      if (p.portrait && PORTRAYED_ONLY.has(e.kind)) continue;
      if (inTopic && !isAdvice(e) && TOPIC_ONLY.has(e.kind)) continue;
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
          const isContext =
            sitesContext.has(p) ||
            neededAt.some(
              (pos) => pos < p.position && p.position - pos <= CONTEXT_SPAN && p.conjunctionAt <= pos,
            );
          if (p.client) put(weights.clientNeeds, code, e.weight * 0.9);
          else if (p.need && (nearParty(p) || portraysInvestees)) break;
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
        case 'species':
          put(weights.species, e.code, 1);
          break;
        case 'stage':
        case 'round':
          for (const code of e.codes) put(weights.stages, code, e.weight);
          if (e.kind === 'round' && (p.need || raising) && !inTopic)
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
