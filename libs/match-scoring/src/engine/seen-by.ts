// The pair score is symmetric, the lenses are not: what a partner offers a viewer is not what the
// viewer offers the partner, and the kinds' factor differs by side. When one profile changes, the
// partners' feeds need the pair as each partner sees it, to know whether the company now enters
// their feed or one of its lenses; this scores it from their side, without the reasons.
import type { LensScores } from '../types.js';
import { scorePair, scoringContext, scratch } from './pair-score.js';
import type { PreparedProfiles } from './prepared.js';
import { accumulateSimilarity, clearSimilarity } from './similarity.js';

export interface SeenByViewer {
  viewerId: string;
  score: number;
  lenses: LensScores;
}

/** `companyId` as each viewer's feed would score it (unknown ids are skipped). */
export function scoreSeenBy(
  prepared: PreparedProfiles,
  companyId: string,
  viewerIds: string[],
): SeenByViewer[] {
  const c = prepared.indexById.get(companyId);
  if (c === undefined) return [];
  const core = prepared.core;
  const ctx = scoringContext(core);
  const { fit, parts, sims } = scratch(core.count);
  // The science cosine is symmetric: the company's row serves every viewer.
  accumulateSimilarity(core.scienceIndex, c, sims);
  const out: SeenByViewer[] = [];
  for (const viewerId of viewerIds) {
    const v = prepared.indexById.get(viewerId);
    if (v === undefined) continue;
    const score = scorePair(ctx, v, c, sims[v], fit, parts);
    out.push({ viewerId, score, lenses: { theyOffer: parts.theyOffer, theySeek: parts.theySeek } });
  }
  clearSimilarity(core.scienceIndex, c, sims);
  return out;
}
