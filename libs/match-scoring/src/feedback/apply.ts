// Applying a feedback model to a company's scored partners: each pair's scores times a bounded
// multiplier made of the company's own weights and its sector's global ones.
import type { MatchProfile, ScoredPartner } from '../types.js';
import { FEEDBACK_BOUNDS, type FeedbackModel, type KeyWeights } from './feedback.types.js';
import { partnerKeys, viewerGroups } from './partner-keys.js';

function sumOver(weights: KeyWeights | undefined, keys: string[]): number {
  if (!weights) return 0;
  let sum = 0;
  for (const key of keys) sum += weights[key] ?? 0;
  return sum;
}

/** Whether the model changes anything for this viewer (if not, its feed is the engine's as is). */
export function feedbackApplies(model: FeedbackModel, viewer: MatchProfile | undefined): boolean {
  if (!viewer) return false;
  return !!model.perCompany[viewer.id] || viewerGroups(viewer).some((group) => !!model.global[group]);
}

/** The multiplier for one pair, seen from the viewer: 1 when nothing was learned, within FEEDBACK_BOUNDS. */
export function feedbackMultiplier(
  model: FeedbackModel,
  viewer: MatchProfile,
  partner: MatchProfile,
): number {
  const keys = partnerKeys(partner);
  const groups = viewerGroups(viewer);
  let shared = 0;
  for (const group of groups) shared += sumOver(model.global[group], keys);
  const evidence = sumOver(model.perCompany[viewer.id], keys) + shared / groups.length;
  if (evidence === 0) return 1;
  const half = (FEEDBACK_BOUNDS.max - FEEDBACK_BOUNDS.min) / 2;
  return 1 + half * Math.tanh(evidence);
}

const scaled = (value: number, by: number) => Math.min(1, Math.round(value * by * 1e4) / 1e4);

/**
 * A company's scored partners re-ranked by the model: score and lens scores times the pair's
 * multiplier (capped at 1), best score first, ties by partner id. Partners without a profile keep
 * their scores.
 */
export function applyFeedback(
  feed: readonly ScoredPartner[],
  model: FeedbackModel,
  companyId: string,
  profilesById: ReadonlyMap<string, MatchProfile>,
): ScoredPartner[] {
  const viewer = profilesById.get(companyId);
  if (!viewer || !feedbackApplies(model, viewer)) return [...feed];
  return feed
    .map((scored) => {
      const partner = profilesById.get(scored.partnerId);
      const by = partner ? feedbackMultiplier(model, viewer, partner) : 1;
      if (by === 1) return scored;
      return {
        ...scored,
        score: scaled(scored.score, by),
        lenses: {
          theyOffer: scaled(scored.lenses.theyOffer, by),
          theySeek: scaled(scored.lenses.theySeek, by),
        },
      };
    })
    .sort(
      (a, b) => b.score - a.score || (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0),
    );
}
