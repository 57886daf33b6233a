// The pair score is symmetric, the lenses are not: what a partner offers a viewer is not what the
// viewer offers the partner, and the kinds' factor differs by side. When one profile changes, the
// partners' feeds need the pair as each partner sees it, to know whether the company now enters
// their feed or one of its lenses; this scores it from their side, without the reasons.
import type { LensScores } from '../types.js';
import { scorePair, scoringContext, scratch } from './pair-score.js';
import type { PreparedProfiles } from './prepared.js';
import { accumulateSimilarity, clearSimilarity } from './similarity.js';
import { lifted, pairEvidence, TermEvidence } from './term-lift.js';

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
  // The evidence, too: the company's side of the table is loaded once, and read each way.
  const evidence = new TermEvidence().load(core, c);
  const out: SeenByViewer[] = [];
  for (const viewerId of viewerIds) {
    const v = prepared.indexById.get(viewerId);
    if (v === undefined) continue;
    scorePair(ctx, v, c, sims[v], fit, parts);
    const towardCompany = evidence.helpedBy(core, v);
    const towardViewer = evidence.helps(core, v);
    const score = lifted(parts.score, pairEvidence(towardCompany, towardViewer), ctx.termLiftFeed);
    const lenses = {
      theyOffer: lifted(parts.theyOffer, towardViewer, ctx.termLift),
      theySeek: lifted(parts.theySeek, towardCompany, ctx.termLift),
    };
    out.push({ viewerId, score, lenses });
  }
  clearSimilarity(core.scienceIndex, c, sims);
  return out;
}
