// The score of one pair, from the prepared arrays only (no allocation on the fast path, since a
// full run scores hundreds of millions of pairs). For each side, its needs are met by the other's
// offers, each need weighted by how sure we are of both and by what must fit for it (area,
// modality, stage). Each side's benefit adds what it gains by serving the other (a CRO gains a
// client); the pair score is mostly the harmonic mean of the two benefits, so a pair only one
// side wants ranks lower, times the language factor and a look-alike (competitor) discount, plus
// a share (`oneWayShare`) of the better of its two one-way values.
import { CAPABILITY_COUNT, popcount } from '../codes.js';
import { COMPAT, COMPAT_OFFERS } from './capability-rules.js';
import { WEIGHT_NAMES } from '../weights.js';
import { kindPrior } from './kind-prior.js';
import { needFit, pairFit, type PairFit } from './need-fit.js';
import { ROLE, type PreparedCore } from './prepared.js';

const C = CAPABILITY_COUNT;

/** The weights by name, unpacked from the shared array once per run. */
export interface ScoringContext {
  core: PreparedCore;
  text: number;
  secondNeed: number;
  thirdNeed: number;
  areaUnknown: number;
  areaMismatch: number;
  modalityFamily: number;
  modalityUnknown: number;
  modalityMismatch: number;
  stageNear: number;
  stageUnknown: number;
  stageFar: number;
  stageServiceFar: number;
  languageBarrier: number;
  speciesMismatch: number;
  mutualClientCut: number;
  competition: number;
  affinity: number;
  science: number;
  scienceFull: number;
  scienceAlone: number;
  lensMutual: number;
  clientLens: number;
  oneWayShare: number;
  termLift: number;
  termLiftFeed: number;
}

export function scoringContext(core: PreparedCore): ScoringContext {
  // Built in one spread, not property by property: an object given this many properties one at a
  // time falls back to a dictionary, and every weight read of the hot path becomes a hash lookup.
  const weights = Object.fromEntries(WEIGHT_NAMES.map((name, i) => [name, core.weights[i]]));
  return { core, ...weights } as unknown as ScoringContext;
}

/** One met need, for the reasons: the seeker's need, the offer that meets it, and its value 0..1. */
export interface MetNeed {
  need: number;
  offer: number;
  value: number;
  fit: number;
}

/**
 * How much p's offers meet s's needs, 0..1: a soft-or of the three best met needs. When `met` is
 * given, every met need is pushed to it (for the reasons).
 */
export function needMet(ctx: ScoringContext, s: number, p: number, fit: PairFit, met?: MetNeed[]): number {
  const core = ctx.core;
  const offers = core.offerMask[p];
  if ((core.needReach[s] & offers) === 0) return 0;
  let v1 = 0;
  let v2 = 0;
  let v3 = 0;
  const sBase = s * C;
  const pBase = p * C;
  for (let seeks = core.seekMask[s]; seeks !== 0; seeks &= seeks - 1) {
    const c = 31 - Math.clz32(seeks & -seeks);
    let meeting = COMPAT_OFFERS[c] & offers;
    if (meeting === 0) continue;
    let best = 0;
    let bestOffer = c;
    for (; meeting !== 0; meeting &= meeting - 1) {
      const d = 31 - Math.clz32(meeting & -meeting);
      const v = COMPAT[c * C + d] * core.offerWeight[pBase + d];
      if (v > best) {
        best = v;
        bestOffer = d;
      }
    }
    const f = needFit(ctx, c, s, p, fit);
    const value = core.seekWeight[sBase + c] * best * f;
    if (met) met.push({ need: c, offer: bestOffer, value, fit: f });
    if (value > v1) {
      v3 = v2;
      v2 = v1;
      v1 = value;
    } else if (value > v2) {
      v3 = v2;
      v2 = value;
    } else if (value > v3) v3 = value;
  }
  return 1 - (1 - v1) * (1 - ctx.secondNeed * v2) * (1 - ctx.thirdNeed * v3);
}

/** The parts of a pair's score, from a's side. */
export interface PairParts {
  needMetForViewer: number;
  needMetForPartner: number;
  benefitViewer: number;
  benefitPartner: number;
  language: number;
  species: number;
  /** The look-alike discount; `competition` is 1 instead between two investors. */
  rivalry: number;
  competition: number;
  affinity: number;
  /** Shared science 0..1: the texts' cosine, counted fully from `scienceFull` up. */
  science: number;
  score: number;
  /** One-way scores from a's side: b offers what a seeks / b seeks what a offers. */
  theyOffer: number;
  theySeek: number;
  /** The learned evidence (engine/term-lift.ts) that b offers what a seeks, and the reverse. */
  liftViewer: number;
  liftPartner: number;
}

/** Scratch objects for the fast path; one per thread. `count` sizes the similarity buffer. */
export function scratch(count = 0): { fit: PairFit; parts: PairParts; sims: Float32Array } {
  return {
    sims: new Float32Array(count),
    fit: { area: 0, areaSoft: 0, modality: 0, modalitySoft: 0, modalityClass: 0, classFocus: 0 },
    parts: {
      needMetForViewer: 0,
      needMetForPartner: 0,
      benefitViewer: 0,
      benefitPartner: 0,
      language: 0,
      species: 0,
      rivalry: 0,
      competition: 0,
      affinity: 0,
      science: 0,
      score: 0,
      theyOffer: 0,
      theySeek: 0,
      liftViewer: 0,
      liftPartner: 0,
    },
  };
}

/** A pair is worth what it brings the side that gains less: the harmonic mean of both benefits. */
export function harmonicMean(x: number, y: number): number {
  return x + y > 0 ? (2 * x * y) / (x + y) : 0;
}

/** What a side gains: its needs met, or-ed with `gain` times the partner's needs it meets. */
export function benefit(met: number, gain: number, served: number): number {
  return 1 - (1 - met) * (1 - gain * served);
}

/**
 * A met need (or benefit) as the score counts it: plain affinity mixed in (a pair with nothing to
 * trade keeps half of it), then shared science (`scienceAlone` of it when there is nothing to trade).
 * A plain function, not a closure in scorePair: this runs for every pair, and closures cost garbage.
 */
export function blend(ctx: ScoringContext, affinity: number, science: number, met: number): number {
  const complement = (1 - ctx.affinity) * met + ctx.affinity * affinity * (met > 0 ? 1 : 0.5);
  return (1 - ctx.science) * complement + ctx.science * science * (complement > 0 ? 1 : ctx.scienceAlone);
}

/**
 * Scores the pair (a viewing b) into `parts` and returns the score; symmetric in a and b.
 * `cosine` is the pair's science similarity (engine/similarity.ts), computed by the caller.
 */
export function scorePair(
  ctx: ScoringContext,
  a: number,
  b: number,
  cosine: number,
  fit: PairFit,
  parts: PairParts,
  metForViewer?: MetNeed[],
  metForPartner?: MetNeed[],
): number {
  pairTraits(ctx, a, b, cosine, parts);
  return scoreNeeds(ctx, a, b, fit, parts, true, metForViewer, metForPartner);
}

/**
 * The rest of scorePair once `pairTraits` filled `parts`: both sides' needs met, the score, and
 * the lenses unless `lenses` is false.
 */
export function scoreNeeds(
  ctx: ScoringContext,
  a: number,
  b: number,
  fit: PairFit,
  parts: PairParts,
  lenses: boolean,
  metForViewer?: MetNeed[],
  metForPartner?: MetNeed[],
): number {
  pairFit(ctx, a, b, fit);
  const nA = needMet(ctx, a, b, fit, metForViewer);
  const nB = needMet(ctx, b, a, fit, metForPartner);
  const score = scoreFromNeeds(ctx, a, b, nA, nB, parts);
  if (lenses) lensScores(ctx, a, b, parts);
  return score;
}

/** What does not depend on needs: language, species, rivalry, affinity, shared science. */
export function pairTraits(
  ctx: ScoringContext,
  a: number,
  b: number,
  cosine: number,
  parts: PairParts,
): void {
  const core = ctx.core;
  parts.language = (core.languages[a] & core.languages[b]) !== 0 ? 1 : ctx.languageBarrier;
  parts.species = (core.species[a] & core.species[b]) !== 0 ? 1 : ctx.speciesMismatch;
  const offersA = core.offerMask[a];
  const offersB = core.offerMask[b];
  const lookAlike = (core.sectors[a] & core.sectors[b]) !== 0 && (offersA | offersB) !== 0;
  const rivalry = lookAlike
    ? 1 - (ctx.competition * popcount(offersA & offersB)) / popcount(offersA | offersB)
    : 1;
  parts.rivalry = rivalry;
  // Funds syndicate rounds and invest in each other (funds of funds): the feed does not count
  // them as rivals. The lens still does: a co-investor does not offer the deals a fund seeks.
  parts.competition = core.role[a] & core.role[b] & ROLE.INVESTOR ? 1 : rivalry;
  parts.affinity =
    0.5 * ((core.areas[a] & core.areas[b]) !== 0 ? 1 : 0) +
    0.3 * ((core.partnershipTypes[a] & core.partnershipTypes[b]) !== 0 ? 1 : 0) +
    0.2 * ((core.modalities[a] & core.modalities[b]) !== 0 ? 1 : 0);
  parts.science = scienceOf(ctx, cosine);
}

/** Shared science 0..1 from the texts' cosine. */
export function scienceOf(ctx: ScoringContext, cosine: number): number {
  return Math.min(1, cosine / ctx.scienceFull);
}

/**
 * The pair score from the traits in `parts` and each side's needs met (nA for a, nB for b), with
 * the needs and benefits written to `parts`. It grows with nA and nB (engine/pair-bound.ts).
 */
export function scoreFromNeeds(
  ctx: ScoringContext,
  a: number,
  b: number,
  nA: number,
  nB: number,
  parts: PairParts,
): number {
  const core = ctx.core;
  const benefitA = benefit(nA, core.gain[a], nB);
  const benefitB = benefit(nB, core.gain[b], nA);
  const shared = parts.language * parts.species;
  const { affinity, science } = parts;
  const mutual = shared * parts.competition * blend(ctx, affinity, science, harmonicMean(benefitA, benefitB));
  // Good for both sides first, but a pair very good for one side still counts: a share of the
  // score is the better of the two one-way values, what b brings a and what a brings b (the
  // sides' needs met in the lenses' terms; the max keeps the score symmetric).
  const helpedA = shared * blend(ctx, affinity, science, nA) * kindPrior(core, a, b);
  const helpedB = shared * blend(ctx, affinity, science, nB) * kindPrior(core, b, a);
  const score = Math.min(1, (1 - ctx.oneWayShare) * mutual + ctx.oneWayShare * Math.max(helpedA, helpedB));
  parts.needMetForViewer = nA;
  parts.needMetForPartner = nB;
  parts.benefitViewer = benefitA;
  parts.benefitPartner = benefitB;
  parts.score = score;
  return score;
}

/** The one-way lens scores, from what scoreFromNeeds wrote to `parts`; they grow with both needs met. */
export function lensScores(ctx: ScoringContext, a: number, b: number, parts: PairParts): void {
  lensBases(ctx, a, b, parts);
  // Both lenses also lean on which kinds of companies usually help which (engine/kind-prior.ts).
  const core = ctx.core;
  parts.theyOffer = parts.theyOffer > 0 ? Math.min(1, parts.theyOffer * kindPrior(core, a, b)) : 0;
  parts.theySeek = parts.theySeek > 0 ? Math.min(1, parts.theySeek * kindPrior(core, b, a)) : 0;
}

/**
 * The lens scores before the kind prior, into parts.theyOffer and parts.theySeek. Each stays at
 * most the pair's shared factors times the blend of the larger benefit (engine/pair-bound.ts).
 */
export function lensBases(ctx: ScoringContext, a: number, b: number, parts: PairParts): void {
  const core = ctx.core;
  const nA = parts.needMetForViewer;
  const nB = parts.needMetForPartner;
  const shared = parts.language * parts.species;
  const { affinity, science } = parts;
  // What helps a provider (a CRO, a CDMO, an investor) is also a client that needs its offer.
  // Who can help us leans on the pair score too: a partner that also wants us is likelier to
  // answer, and it covers needs the text reading missed. Who seeks what we offer already wants us,
  // and a partner that seeks nothing we offer is not one we can help, however close its science.
  // The mutual part, too, counts less of a client's worth to a provider that states needs of its
  // own ("digital tools to pilot", from a hospital): it asks who serves them.
  const gainA = core.gain[a];
  const statedA = core.statedNeed[a];
  const helpsMet =
    core.role[a] & ROLE.PROVIDER ? benefit(nA, gainA * (1 - ctx.clientLens * statedA), nB) : nA;
  const helps = shared * blend(ctx, affinity, science, helpsMet);
  const mutualMet = harmonicMean(
    benefit(nA, gainA * (1 - ctx.mutualClientCut * statedA), nB),
    parts.benefitPartner,
  );
  const mutualPart = shared * parts.rivalry * blend(ctx, affinity, science, mutualMet);
  parts.theyOffer = (1 - ctx.lensMutual) * helps + ctx.lensMutual * mutualPart;
  parts.theySeek = nB > 0 ? shared * blend(ctx, affinity, science, nB) : 0;
}
