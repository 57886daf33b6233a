// The order of a ranked inbox: best-suited first, newest first among equals. Pure, so the order
// and its cursors are tested without a database.

/** How a request ranks: [band, fit, createdAt (ISO), id], every part descending. */
export type FitKey = [band: number, fit: number, createdAt: string, id: string];

/** Bands: a pair with a fit the reader may see, one without (or not theirs to see), a demoted one. */
export const FIT_BAND = { SCORED: 2, UNSCORED: 1, DEMOTED: 0 } as const;

export interface RankInput {
  id: string;
  createdAt: Date;
  /** Null when there is no fit, or it is not the reader's to see. */
  fit: { score: number | null; demoted: boolean } | null;
}

export function fitKeyOf({ id, createdAt, fit }: RankInput): FitKey {
  const band = !fit
    ? FIT_BAND.UNSCORED
    : fit.demoted
      ? FIT_BAND.DEMOTED
      : fit.score === null
        ? FIT_BAND.UNSCORED
        : FIT_BAND.SCORED;
  const score = band === FIT_BAND.SCORED && fit ? Number(fit.score) : -1;
  return [band, score, createdAt.toISOString(), id];
}

/** Negative when `a` comes first. ISO instants of one format compare as strings. */
export function compareFitKeys(a: FitKey, b: FitKey): number {
  if (a[0] !== b[0]) return b[0] - a[0];
  if (a[1] !== b[1]) return b[1] - a[1];
  if (a[2] !== b[2]) return a[2] < b[2] ? 1 : -1;
  return a[3] === b[3] ? 0 : a[3] < b[3] ? 1 : -1;
}

export function isFitKey(key: unknown[]): key is FitKey {
  return (
    typeof key[0] === 'number' &&
    typeof key[1] === 'number' &&
    typeof key[2] === 'string' &&
    !Number.isNaN(Date.parse(key[2])) &&
    typeof key[3] === 'string'
  );
}

/**
 * Where a page continues: at the first key after the cursor's, however the fits moved since.
 * The cursor carries the fit it was read with, so a request whose fit changed is neither
 * repeated nor skipped relative to the cursor row, and the cursor row never comes again.
 */
export function positionAfter(sorted: FitKey[], cursor: FitKey): number {
  const index = sorted.findIndex((key) => compareFitKeys(key, cursor) > 0);
  return index === -1 ? sorted.length : index;
}
