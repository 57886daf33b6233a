// Applying a feedback model to a company's scored partners: each pair's scores times a bounded
// multiplier made of the company's own weights and its sector's global ones.
import { MAX_REASONS } from '../engine/explain.js';
import type { MatchProfile, MatchReason, ScoredPartner } from '../types.js';
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
 * The company's own evidence on a partner from which its feed says so: alone it raises the pair by
 * about a tenth (1 + 0.5 · tanh(0.2) ≈ 1.1), more than a rounding of the engine's score.
 */
const SAID_EVIDENCE = 0.2;

/** Where the reason goes: after the engine's best, which says what the pair trades. */
const SAID_AT = 1;

/**
 * `LIKE_PARTNERS_YOU_CHOSE`, naming the partner's attribute the company showed most interest in,
 * when its own acts (requests, meetings, notes) raise this partner. Global patterns never name
 * anything here: they are other companies' acts, and a reason must not read as the viewer's own.
 */
function interestReason(model: FeedbackModel, viewerId: string, keys: string[]): MatchReason | null {
  const own = model.perCompany[viewerId];
  if (!own) return null;
  let evidence = 0;
  let strongest: string | undefined;
  for (const key of keys) {
    const weight = own[key] ?? 0;
    evidence += weight;
    if (weight > 0 && (strongest === undefined || weight > own[strongest])) strongest = key;
  }
  if (evidence < SAID_EVIDENCE || strongest === undefined) return null;
  const [kind, code] = strongest.split(':');
  return { code: 'LIKE_PARTNERS_YOU_CHOSE', params: { [kind]: code } };
}

function withReason(reasons: MatchReason[], reason: MatchReason | null): MatchReason[] {
  if (!reason) return reasons;
  const kept = reasons.slice(0, MAX_REASONS - 1);
  return [...kept.slice(0, SAID_AT), reason, ...kept.slice(SAID_AT)];
}

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
      const said = by > 1 ? interestReason(model, companyId, partnerKeys(partner!)) : null;
      return {
        ...scored,
        score: scaled(scored.score, by),
        lenses: {
          theyOffer: scaled(scored.lenses.theyOffer, by),
          theySeek: scaled(scored.lenses.theySeek, by),
        },
        reasons: withReason(scored.reasons, said),
      };
    })
    .sort(
      (a, b) => b.score - a.score || (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0),
    );
}
