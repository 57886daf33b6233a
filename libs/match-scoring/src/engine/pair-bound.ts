// A cheap upper bound of a pair's score and lens scores, so that rankIndex scores in full only the
// pairs that could enter one of its top lists (on 10,000 partners, about one in eleven, one in
// seven with the lenses). The bound is scorePair's own formula with each side's needs met
// replaced by the most they could be against anyone: the soft-or of the side's three strongest
// needs, as if every offer and fit were full. Every step of the formula grows with the needs met
// and with each trait (language, species, rivalry, affinity, all at most 1) while weights and
// confidences stay within 0..1, as the defaults do; so the bound is never below the true value
// and the feeds cannot change (pair-bound.spec.ts checks both).
import { CAPABILITY_COUNT } from '../codes.js';
import { WEIGHT_NAMES, type Weights } from '../weights.js';
import { kindPriorCap } from './kind-prior.js';
import {
  benefit,
  blend,
  harmonicMean,
  lensBases,
  pairTraits,
  scienceOf,
  scoreFromNeeds,
  type PairParts,
  type ScoringContext,
} from './pair-score.js';
import type { PreparedCore } from './prepared.js';

/** Rounding: the bound and the true value are computed in floating point by different inputs. */
const SLACK = 1 + 1e-9;
/** Weights used as they are by the bound, which may lie outside 0..1. */
const UNBOUNDED_WEIGHTS = new Set<keyof Weights>(['scienceFull', 'kindPrior']);

/** Fills company i's `needCap`: the soft-or of its three strongest needs, as needMet sums them. */
export function fillNeedCap(core: PreparedCore, i: number, w: Weights): void {
  let v1 = 0;
  let v2 = 0;
  let v3 = 0;
  for (let c = 0; c < CAPABILITY_COUNT; c++) {
    const value = core.seekWeight[i * CAPABILITY_COUNT + c];
    if (value > v1) {
      v3 = v2;
      v2 = v1;
      v1 = value;
    } else if (value > v2) {
      v3 = v2;
      v2 = value;
    } else if (value > v3) v3 = value;
  }
  core.needCap[i] = 1 - (1 - v1) * (1 - w.secondNeed * v2) * (1 - w.thirdNeed * v3);
}

/** Whether `needCap` bounds what it should: every weight and confidence within 0..1. */
export function capsHold(core: PreparedCore, w: Weights): boolean {
  const within = (x: number) => x >= 0 && x <= 1;
  return (
    WEIGHT_NAMES.every((name) => UNBOUNDED_WEIGHTS.has(name) || within(w[name])) &&
    core.offerWeight.every(within) &&
    core.seekWeight.every(within)
  );
}

/**
 * Whether the pair (a, b) may enter a top list whose entries must reach `scoreAt`, `offerAt` and
 * `seekAt` (+∞ for a list kept empty). capA and capB bound each side's needs met (0 when no offer
 * meets a need). When it may, `parts` holds the pair's traits (`pairTraits`).
 */
export function mayEnter(
  ctx: ScoringContext,
  a: number,
  b: number,
  cosine: number,
  capA: number,
  capB: number,
  parts: PairParts,
  scoreAt: number,
  offerAt: number,
  seekAt: number,
): boolean {
  const core = ctx.core;
  // First from the needs and the science alone, every trait taken as 1 (no lookup of the
  // partner's profile): this leaves out most pairs. Each lens is at most the blend of the larger
  // benefit times its kind prior (see lensBases).
  const science = scienceOf(ctx, cosine);
  const benefitA = benefit(capA, core.gain[a], capB);
  const benefitB = benefit(capB, core.gain[b], capA);
  const scoreMay = blend(ctx, 1, science, harmonicMean(benefitA, benefitB)) * SLACK >= scoreAt;
  const lenses = offerAt !== Infinity || seekAt !== Infinity;
  const lensMost = lenses ? blend(ctx, 1, science, Math.max(benefitA, benefitB)) : 0;
  const offerMay = lenses && reaches(lensMost * kindPriorCap(core, a, b), offerAt);
  const seekMay = lenses && capB > 0 && reaches(lensMost * kindPriorCap(core, b, a), seekAt);
  if (!scoreMay && !offerMay && !seekMay) return false;
  // Then scorePair's own formula with the caps for the needs met.
  pairTraits(ctx, a, b, cosine, parts);
  if (scoreFromNeeds(ctx, a, b, capA, capB, parts) * SLACK >= scoreAt) return true;
  if (!offerMay && !seekMay) return false;
  lensBases(ctx, a, b, parts);
  return (
    (offerMay && reaches(parts.theyOffer * kindPriorCap(core, a, b), offerAt)) ||
    (seekMay && reaches(parts.theySeek * kindPriorCap(core, b, a), seekAt))
  );
}

/** Whether a lens bound may enter a list whose entries must reach `at` (only scores above 0 enter). */
function reaches(bound: number, at: number): boolean {
  return bound > 0 && bound * SLACK >= at;
}
