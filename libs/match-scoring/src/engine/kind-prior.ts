// Which kinds of companies usually help which (model/sector-lift.ts, learned from labelled
// partnerships): a biopharma is often helped by a CRO or a fund, seldom by a medtech.
// The one-way lenses lean on it (`kindPrior`); the pair score only through its one-way share,
// since documented partnerships between real companies join kinds the labels seldom pair
// (institutes, hospitals, co-investing funds).
import { SECTORS } from '../codes.js';
import { SECTOR_LIFT } from '../model/sector-lift.js';
import type { PreparedCore } from './prepared.js';

const SECTOR_COUNT = SECTORS.length;

/** ln(lift) of seeker sector x helped by provider sector y, at [x * SECTOR_COUNT + y]. */
const LOG_LIFT = Float32Array.from({ length: SECTOR_COUNT * SECTOR_COUNT }, (_, i) =>
  Math.log(SECTOR_LIFT[SECTORS[Math.floor(i / SECTOR_COUNT)]]?.[SECTORS[i % SECTOR_COUNT]] ?? 1),
);

/**
 * Fills company i's rows of `core.kindLift` and `core.kindFactor`: for each provider sector, the
 * mean ln(lift) over the company's own sectors, times `strength`, so that a pair costs one lookup
 * per provider sector; and its exp, for `kindPriorCap`.
 */
export function fillKindLift(core: PreparedCore, i: number, strength: number): void {
  let mask = core.sectors[i];
  const own: number[] = [];
  for (let x = 0; mask; x++, mask >>>= 1) if (mask & 1) own.push(x);
  for (let y = 0; y < SECTOR_COUNT; y++) {
    const sum = own.reduce((s, x) => s + LOG_LIFT[x * SECTOR_COUNT + y], 0);
    const at = i * SECTOR_COUNT + y;
    core.kindLift[at] = own.length ? (strength * sum) / own.length : 0;
    core.kindFactor[at] = Math.exp(core.kindLift[at]);
  }
}

/** How much likelier `provider`'s kind helps `seeker`'s kind than any other: lift^kindPrior. */
export function kindPrior(core: PreparedCore, seeker: number, provider: number): number {
  let mask = core.sectors[provider];
  if (mask === 0) return 1;
  let sum = 0;
  let count = 0;
  for (let y = 0; mask; y++, mask >>>= 1)
    if (mask & 1) {
      sum += core.kindLift[seeker * SECTOR_COUNT + y];
      count++;
    }
  return Math.exp(sum / count);
}

/**
 * At least kindPrior(core, seeker, provider), without an exp (engine/pair-bound.ts): a mean of
 * logs is at most the largest of them.
 */
export function kindPriorCap(core: PreparedCore, seeker: number, provider: number): number {
  let mask = core.sectors[provider];
  if (mask === 0) return 1;
  let cap = 0;
  for (; mask !== 0; mask &= mask - 1) {
    const factor = core.kindFactor[seeker * SECTOR_COUNT + 31 - Math.clz32(mask & -mask)];
    if (factor > cap) cap = factor;
  }
  return cap;
}
