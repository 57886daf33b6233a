// A cheap upper bound of a pair's score and lens scores, so that rankIndex scores in full only the
// pairs that could enter one of its top lists (on 10,000 partners, about one pair considered in
// twenty-five, one in fourteen with the lenses). The bound is scorePair's own formula with each
// side's needs met replaced by a cap (NeedCaps: needMet as if every fit were full), first with
// every trait taken as 1, then with the pair's traits. Every step of the formula grows with the
// needs met and with each trait (language, species, rivalry, affinity, all at most 1) while
// weights and confidences stay within 0..1, as the defaults do; so the bound is never below the
// true value and the feeds cannot change (pair-bound.spec.ts checks both).
import { CAPABILITY_COUNT } from '../codes.js';
import { COMPAT, COMPAT_OFFERS } from './capability-rules.js';
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

const C = CAPABILITY_COUNT;
/** Rounding: the bound and the true value are computed in floating point by different inputs. */
const SLACK = 1 + 1e-9;
/** Weights used as they are by the bound, which may lie outside 0..1. */
// The words' evidence (termLift, termLiftFeed) re-ranks the candidates after the bound chose them.
const UNBOUNDED_WEIGHTS = new Set<keyof Weights>(['scienceFull', 'kindPrior', 'termLift', 'termLiftFeed']);

/**
 * Bounds of what company `a` and each partner meet of each other's needs (needMet without the
 * fits): a's side from how much each offer can be worth to a's needs, capped by a's strongest
 * needs; the partner's side from how well a's offers meet each of the partner's needs.
 */
export class NeedCaps {
  /** worth[d]: the most an offer d can be worth to one of a's needs, per unit of confidence. */
  private readonly worth = new Float64Array(C);
  private readonly worthMask: number;
  /** meets[c]: the most a's offers meet a need c, before its fits. */
  private readonly meets = new Float64Array(C);
  private readonly meetsMask: number;
  /** a's three strongest needs. */
  private readonly need1: number;
  private readonly need2: number;
  private readonly need3: number;

  constructor(
    private readonly ctx: ScoringContext,
    private readonly a: number,
  ) {
    const core = ctx.core;
    const offers = core.offerMask[a];
    let worthMask = 0;
    let meetsMask = 0;
    const needs = [0, 0, 0];
    for (let c = 0; c < C; c++) {
      const weight = core.seekWeight[a * C + c];
      if (weight > 0) {
        needs.push(weight);
        worthMask |= COMPAT_OFFERS[c];
      }
      for (let d = 0; d < C; d++) {
        if ((COMPAT_OFFERS[c] & (1 << d)) === 0) continue;
        this.worth[d] = Math.max(this.worth[d], weight * COMPAT[c * C + d]);
        if (offers & (1 << d)) {
          this.meets[c] = Math.max(this.meets[c], COMPAT[c * C + d] * core.offerWeight[a * C + d]);
          meetsMask |= 1 << c;
        }
      }
    }
    needs.sort((x, y) => y - x);
    [this.need1, this.need2, this.need3] = needs;
    this.worthMask = worthMask;
    this.meetsMask = meetsMask;
  }

  /** At least needMet(ctx, a, b, …): each of a's three best met needs is at most the best offer. */
  viewer(b: number): number {
    const core = this.ctx.core;
    let most = 0;
    for (let m = core.offerMask[b] & this.worthMask; m !== 0; m &= m - 1) {
      const d = 31 - Math.clz32(m & -m);
      const value = this.worth[d] * core.offerWeight[b * C + d];
      if (value > most) most = value;
    }
    return this.softOr(Math.min(most, this.need1), Math.min(most, this.need2), Math.min(most, this.need3));
  }

  /** At least needMet(ctx, b, a, …). */
  partner(b: number): number {
    const core = this.ctx.core;
    let v1 = 0;
    let v2 = 0;
    let v3 = 0;
    for (let m = core.seekMask[b] & this.meetsMask; m !== 0; m &= m - 1) {
      const c = 31 - Math.clz32(m & -m);
      const value = core.seekWeight[b * C + c] * this.meets[c];
      if (value > v1) {
        v3 = v2;
        v2 = v1;
        v1 = value;
      } else if (value > v2) {
        v3 = v2;
        v2 = value;
      } else if (value > v3) v3 = value;
    }
    return this.softOr(v1, v2, v3);
  }

  /** As needMet sums its three best met needs. */
  private softOr(v1: number, v2: number, v3: number): number {
    return 1 - (1 - v1) * (1 - this.ctx.secondNeed * v2) * (1 - this.ctx.thirdNeed * v3);
  }
}

/** Whether the bounds hold: every weight and confidence within 0..1. */
export function boundsHold(core: PreparedCore, w: Weights): boolean {
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
  const kindOffer = kindPriorCap(core, a, b);
  const kindSeek = kindPriorCap(core, b, a);
  // The score's one-way share: the better of each side's needs met, times its kind prior.
  const oneWay = Math.max(blend(ctx, 1, science, capA) * kindOffer, blend(ctx, 1, science, capB) * kindSeek);
  const mutual = blend(ctx, 1, science, harmonicMean(benefitA, benefitB));
  const scoreMay = ((1 - ctx.oneWayShare) * mutual + ctx.oneWayShare * oneWay) * SLACK >= scoreAt;
  const lenses = offerAt !== Infinity || seekAt !== Infinity;
  const lensMost = lenses ? blend(ctx, 1, science, Math.max(benefitA, benefitB)) : 0;
  const offerMay = lenses && reaches(lensMost * kindOffer, offerAt);
  const seekMay = lenses && capB > 0 && reaches(lensMost * kindSeek, seekAt);
  if (!scoreMay && !offerMay && !seekMay) return false;
  // Then scorePair's own formula with the caps for the needs met.
  pairTraits(ctx, a, b, cosine, parts);
  if (scoreFromNeeds(ctx, a, b, capA, capB, parts) * SLACK >= scoreAt) return true;
  if (!offerMay && !seekMay) return false;
  lensBases(ctx, a, b, parts);
  return (
    (offerMay && reaches(parts.theyOffer * kindOffer, offerAt)) ||
    (seekMay && reaches(parts.theySeek * kindSeek, seekAt))
  );
}

/** Whether a lens bound may enter a list whose entries must reach `at` (only scores above 0 enter). */
function reaches(bound: number, at: number): boolean {
  return bound > 0 && bound * SLACK >= at;
}
