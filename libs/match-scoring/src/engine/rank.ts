// A company's feed: score it against every company of the other province (never its own, never
// itself), keep the k best. Pairs with no offer meeting a need either way only matter when fewer
// than k pairs do, so they are scored in a second pass only then. A pair whose bound
// (engine/pair-bound.ts) cannot enter any of the top lists is not scored in full. The lists keep
// twice as many candidates as asked, which the words' learned evidence (engine/term-lift.ts)
// then re-ranks.
import type { ScoredPartner } from '../types.js';
import { explainPair } from './explain.js';
import { mayEnter, NeedCaps } from './pair-bound.js';
import {
  pairTraits,
  scoreNeeds,
  scorePair,
  scoringContext,
  scratch,
  type ScoringContext,
} from './pair-score.js';
import type { PreparedCore, PreparedProfiles } from './prepared.js';
import { accumulateSimilarity, clearSimilarity } from './similarity.js';
import { liftScores, TermEvidence } from './term-lift.js';
import { TopK } from './top-k.js';

/** A cosine from which partners are scored in a first pass (about a fifth of them). */
const CLOSE_SCIENCE = 0.1;
/** Candidates kept per place for the re-ranking by evidence. */
const CANDIDATES_PER_PLACE = 2;

/**
 * The k best partners of company `a` by the pair score, joined by the `lensK` best of each one-way
 * lens (so a feed read through a lens has its own best), as (index, score) best first by the score.
 */
export function rankIndex(
  ctx: ScoringContext,
  partners: Int32Array,
  a: number,
  k: number,
  tmp = scratch(ctx.core.count),
  lensK = 0,
  evidence = new TermEvidence(),
): Array<{ item: number; score: number }> {
  const core: PreparedCore = ctx.core;
  const sims = tmp.sims;
  accumulateSimilarity(core.scienceIndex, a, sims);
  const top = new TopK(k * CANDIDATES_PER_PLACE);
  const topOffer = new TopK(lensK * CANDIDATES_PER_PLACE);
  const topSeek = new TopK(lensK * CANDIDATES_PER_PLACE);
  const reachA = core.needReach[a];
  const offersA = core.offerMask[a];
  const caps = new NeedCaps(ctx, a);
  const parts = tmp.parts;
  const lenses = lensK > 0;
  let scoreAt = top.threshold;
  let offerAt = topOffer.threshold;
  let seekAt = topSeek.threshold;
  let considered = 0;
  // Partners of close science first: they are the likeliest to rank, so the lists' thresholds
  // rise early and the bound skips more of the rest (the lists do not depend on the order).
  for (let pass = 0; pass < 2; pass++)
    for (let j = 0; j < partners.length; j++) {
      const b = partners[j];
      const cosine = sims[b];
      if (cosine >= CLOSE_SCIENCE !== (pass === 0)) continue;
      const meetsA = (reachA & core.offerMask[b]) !== 0;
      const meetsB = (core.needReach[b] & offersA) !== 0;
      if (!meetsA && !meetsB && cosine === 0) continue;
      considered++;
      if (!core.boundsHold) pairTraits(ctx, a, b, cosine, parts);
      else if (
        !mayEnter(
          ctx,
          a,
          b,
          cosine,
          meetsA ? caps.viewer(b) : 0,
          meetsB ? caps.partner(b) : 0,
          parts,
          scoreAt,
          offerAt,
          seekAt,
        )
      )
        continue;
      top.push(scoreNeeds(ctx, a, b, tmp.fit, parts, lenses), b);
      scoreAt = top.threshold;
      if (!lenses) continue;
      if (parts.theyOffer > 0) topOffer.push(parts.theyOffer, b);
      if (parts.theySeek > 0) topSeek.push(parts.theySeek, b);
      offerAt = topOffer.threshold;
      seekAt = topSeek.threshold;
    }
  if (considered < k) {
    for (let j = 0; j < partners.length; j++) {
      const b = partners[j];
      if ((reachA & core.offerMask[b]) !== 0 || (core.needReach[b] & offersA) !== 0 || sims[b] !== 0)
        continue;
      top.push(scorePair(ctx, a, b, 0, tmp.fit, tmp.parts), b);
    }
  }
  // The candidates' final scores, lifted by evidence, decide the lists.
  evidence.load(core, a);
  const final = new Map<number, { score: number; theyOffer: number; theySeek: number }>();
  const finalOf = (b: number) => {
    let scores = final.get(b);
    if (!scores) {
      scorePair(ctx, a, b, sims[b], tmp.fit, parts);
      liftScores(ctx, evidence, b, parts);
      scores = { score: parts.score, theyOffer: parts.theyOffer, theySeek: parts.theySeek };
      final.set(b, scores);
    }
    return scores;
  };
  const best = (list: TopK, kept: number, by: 'score' | 'theyOffer' | 'theySeek') =>
    list
      .sorted()
      .map(({ item }) => ({ item, value: finalOf(item)[by] }))
      .sort((x, y) => y.value - x.value || x.item - y.item)
      .slice(0, kept)
      .map(({ item }) => item);
  const kept = new Set(best(top, k, 'score'));
  for (const item of [...best(topOffer, lensK, 'theyOffer'), ...best(topSeek, lensK, 'theySeek')])
    kept.add(item);
  const ranked = [...kept].map((item) => ({ item, score: finalOf(item).score }));
  clearSimilarity(core.scienceIndex, a, sims);
  return ranked.sort((x, y) => y.score - x.score || x.item - y.item);
}

function indexOf(prepared: PreparedProfiles, companyId: string): number {
  const a = prepared.indexById.get(companyId);
  if (a === undefined) throw new Error(`unknown company id: ${companyId}`);
  return a;
}

export function partnersOf(prepared: PreparedProfiles, a: number): Int32Array {
  return prepared.byProvince[1 - prepared.core.province[a]];
}

/** The best `topK` partners of a company, best first, from the other province only. */
export function scoreCompany(
  prepared: PreparedProfiles,
  companyId: string,
  topK: number,
  options: RankOptions = {},
): ScoredPartner[] {
  return scoreCompanies(prepared, [companyId], topK, options).get(companyId)!;
}

export interface RankOptions {
  /** Also keep this many best partners of each one-way lens (default 0: the pair score only). */
  lensTopK?: number;
}

/** The feeds of a chunk of companies (a background job splits a full run into such chunks). */
export function scoreCompanies(
  prepared: PreparedProfiles,
  companyIds: string[],
  topK: number,
  options: RankOptions = {},
): Map<string, ScoredPartner[]> {
  const ctx = scoringContext(prepared.core);
  const tmp = scratch(prepared.core.count);
  const evidence = new TermEvidence();
  const out = new Map<string, ScoredPartner[]>();
  for (const id of companyIds) {
    const a = indexOf(prepared, id);
    const ranked = rankIndex(ctx, partnersOf(prepared, a), a, topK, tmp, options.lensTopK, evidence);
    out.set(
      id,
      ranked.map(({ item }) => explainPair(prepared, ctx, a, item, evidence)),
    );
  }
  return out;
}

/**
 * The pair (viewer, partner) as the viewer's feed shows it: the score is symmetric, but the
 * reasons speak to the viewer. Used to update partners' feeds when one profile changes.
 */
export function scoreFor(
  prepared: PreparedProfiles,
  viewerId: string,
  partnerIds: string[],
): ScoredPartner[] {
  const ctx = scoringContext(prepared.core);
  const a = indexOf(prepared, viewerId);
  const evidence = new TermEvidence();
  return partnerIds.map((id) => explainPair(prepared, ctx, a, indexOf(prepared, id), evidence));
}
