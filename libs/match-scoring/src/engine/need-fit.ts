// What must fit for a need to be met (engine/capability-rules.ts FIT): the therapeutic area, the
// modality, its class, the stages, and what the provider says it does not serve. Every fit is a
// factor within 0..1 while the weights are (engine/pair-bound.ts counts on it).
import { stageOrder } from '../codes.js';
import { FIT, FIT_RULES, MADE_FROM } from './capability-rules.js';
import type { ScoringContext } from './pair-score.js';
import { ROLE, type PreparedCore } from './prepared.js';

const NO_DISTANCE = 255;
/**
 * A fund's focus against a company of another class ("a therapeutics VC" and a device maker). Read
 * from text, a focus is often partial (« thérapeutique, medtech et santé numérique » is read whole,
 * "we also look at diagnostics" may be missed), so it lowers the fit without ruling the pair out.
 */
const CLASS_MISMATCH = 0.5;
/** A need whose scope the provider says it does not serve ("we do not handle biologics"). */
const RULED_OUT = 0.15;
/** Devices and digital health meet in software as a medical device: a medtech fund backs both. */
const widen = (classes: number) => ((classes & 6) !== 0 ? classes | 6 : classes);

/** STAGE_DISTANCE[a * 256 + b]: the smallest distance between a stage of mask a and one of mask b. */
const STAGE_DISTANCE = new Uint8Array(256 * 256).fill(NO_DISTANCE);
for (let a = 1; a < 256; a++)
  for (let b = 1; b < 256; b++) {
    let best = NO_DISTANCE;
    for (let i = 0; i < 8; i++)
      if (a & (1 << i)) for (let j = 0; j < 8; j++) if (b & (1 << j)) best = Math.min(best, Math.abs(i - j));
    STAGE_DISTANCE[a * 256 + b] = best;
  }

/** Stage bits of the trial phases. */
const TRIAL_PHASES = ['phase1', 'phase2', 'phase3'].reduce((mask, code) => mask | (1 << stageOrder(code)), 0);

function highestBit(mask: number): number {
  return mask === 0 ? 0 : 31 - Math.clz32(mask);
}

/** Fits of a pair that do not depend on the direction, computed once per pair. */
export interface PairFit {
  area: number;
  areaSoft: number;
  modality: number;
  modalitySoft: number;
  modalityClass: number;
  classFocus: number;
}

export function pairFit(ctx: ScoringContext, a: number, b: number, out: PairFit): PairFit {
  const core = ctx.core;
  const areaA = core.areas[a];
  const areaB = core.areas[b];
  out.area = areaA === 0 || areaB === 0 ? ctx.areaUnknown : (areaA & areaB) !== 0 ? 1 : ctx.areaMismatch;
  out.areaSoft = 1 - 0.4 * (1 - out.area);
  const modA = core.modalities[a];
  const modB = core.modalities[b];
  out.modality =
    modA === 0 || modB === 0
      ? ctx.modalityUnknown
      : (modA & modB) !== 0
        ? 1
        : (core.modalityFamily[a] & modB) !== 0 || (core.modalityFamily[b] & modA) !== 0
          ? ctx.modalityFamily
          : ctx.modalityMismatch;
  out.modalitySoft = 1 - 0.4 * (1 - out.modality);
  const classA = core.modalityClass[a];
  const classB = core.modalityClass[b];
  out.modalityClass = classA === 0 || classB === 0 ? 0.9 : (classA & classB) !== 0 ? 1 : 0.6;
  out.classFocus = classA === 0 || classB === 0 || (widen(classA) & classB) !== 0 ? 1 : CLASS_MISMATCH;
  return out;
}

/** How well the stages fit for need rule `rule`, seeker s, provider p (1 when the rule has no stage). */
export function stageFit(ctx: ScoringContext, rule: number, s: number, p: number): number {
  const core = ctx.core;
  if (rule & FIT.STAGE_INVESTOR) return distanceFit(ctx, core.stages[s], core.stages[p]);
  if (rule & FIT.STAGE_LATE_SEEKER) return lateFit(ctx, core.stages[s]);
  if (rule & FIT.STAGE_ASSET) {
    if (core.role[s] & ROLE.DISTRIBUTOR) return lateFit(ctx, core.stages[p]);
    if (core.role[s] & ROLE.INVESTOR) return distanceFit(ctx, core.stages[s], core.stages[p]);
  }
  if (rule & FIT.STAGE_SERVICE) {
    // Only phases a provider names are the trials it runs (an institute's "discovery" is its
    // research); a developer's next trial is one phase on from its stage, so only a wider gap
    // is a misfit.
    const phases = core.stages[p];
    if (phases === 0 || (phases & ~TRIAL_PHASES) !== 0) return 1;
    const d = STAGE_DISTANCE[core.stages[s] * 256 + phases];
    return d === NO_DISTANCE || d <= 1 ? 1 : ctx.stageServiceFar;
  }
  return 1;
}

function distanceFit(ctx: ScoringContext, a: number, b: number): number {
  const d = STAGE_DISTANCE[a * 256 + b];
  return d === NO_DISTANCE ? ctx.stageUnknown : d === 0 ? 1 : d === 1 ? ctx.stageNear : ctx.stageFar;
}

/** Phase III and later suit distribution; phase II nearly; earlier is far. */
function lateFit(ctx: ScoringContext, stages: number): number {
  const top = highestBit(stages);
  return top === 0 ? ctx.stageUnknown : top >= 5 ? 1 : top === 4 ? ctx.stageNear : ctx.stageFar;
}

export function needFit(ctx: ScoringContext, c: number, s: number, p: number, fit: PairFit): number {
  const rule = FIT_RULES[c];
  if (rule === 0) return 1;
  let f = 1;
  if (rule & FIT.AREA) f *= fit.area;
  if (rule & FIT.AREA_SOFT) f *= fit.areaSoft;
  if (rule & FIT.MODALITY) f *= fit.modality;
  if (rule & FIT.MODALITY_SOFT) f *= fit.modalitySoft;
  if (rule & FIT.MODALITY_CLASS) f *= fit.modalityClass;
  if (rule & FIT.CLASS_FOCUS) f *= fit.classFocus;
  if (rule & (FIT.STAGE_INVESTOR | FIT.STAGE_LATE_SEEKER | FIT.STAGE_ASSET | FIT.STAGE_SERVICE))
    f *= stageFit(ctx, rule, s, p);
  return ruledOut(ctx.core, c, rule, s, p) ? f * RULED_OUT : f;
}

/** Every one of the seeker's modalities (areas, classes, stages) is one the provider says it does not serve. */
function ruledOut(core: PreparedCore, need: number, rule: number, s: number, p: number): boolean {
  const only = (scope: number, excluded: number) => scope !== 0 && (scope & ~excluded) === 0;
  return (
    ((rule & (FIT.MODALITY | FIT.MODALITY_SOFT)) !== 0 &&
      only(core.modalities[s] & (MADE_FROM[need] || ~0), core.excludedModalities[p])) ||
    ((rule & FIT.AREA) !== 0 && only(core.areas[s], core.excludedAreas[p])) ||
    ((rule & (FIT.MODALITY_CLASS | FIT.CLASS_FOCUS)) !== 0 &&
      only(core.modalityClass[s], core.excludedClasses[p])) ||
    ((rule & FIT.STAGE_INVESTOR) !== 0 && only(core.stages[s], core.excludedStages[p]))
  );
}
