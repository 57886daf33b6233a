// Learning from members, simulated: each company of a partnering set looks at its top 10, dismisses
// the partners its hidden truth says are irrelevant ("not relevant", as the web app sends it) and
// asks to meet the relevant ones; the feedback model is retrained after each round. Printed: nDCG@10
// of the re-ranked feeds against the hidden relevance before and after each round — of the model's
// ranking alone (nothing removed) and of the feed members see (dismissed partners gone) — and where
// partners of a kind a company dismissed now rank among those it has not seen yet.
import { generatePartneringSet, type PartneringOptions, toMatchProfile } from '@app/company-generator';
import {
  applyFeedback,
  EMPTY_FEEDBACK_MODEL,
  prepareProfiles,
  scoreCompanies,
  trainFeedback,
  type FeedbackEvent,
  type FeedbackModel,
  type MatchProfile,
} from '@app/match-scoring';
import { gradeAllPairs } from './ground-truth.js';
import { ndcgAt, relevanceOf } from './metrics.js';

const K = 10;
/** Candidates per feed the model re-ranks (the pipeline draws twice the stored top from the engine). */
const CANDIDATES = 50;
const ROUNDS = 3;
const CREATED = '2026-12-04T00:00:00.000Z';
const fmt = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

export function simulateFeedback(label: string, options: PartneringOptions): void {
  const set = generatePartneringSet(options);
  const profiles = set.companies.map(toMatchProfile);
  const byId = new Map<string, MatchProfile>(profiles.map((p) => [p.id, p]));
  const relevance = relevanceOf(gradeAllPairs(set.truth));
  const kindOf = (id: string) => set.truth.get(id)!.kind;
  const viewers = profiles.map((p) => p.id).filter((id) => relevance.has(id));
  const engine = scoreCompanies(prepareProfiles(profiles), viewers, CANDIDATES, { lensTopK: 0 });

  const events: FeedbackEvent[] = [];
  const acted = new Map<string, Set<string>>(viewers.map((id) => [id, new Set()]));
  const ranked = (model: FeedbackModel, id: string) =>
    applyFeedback(engine.get(id)!, model, id, byId).map((p) => p.partnerId);
  const dismissedOf = (id: string) =>
    new Set(events.filter((e) => e.companyId === id && e.signal === 'DISMISSED').map((e) => e.partnerId));

  /** nDCG@10 of the model's ranking, and of the feed members see (their dismissals removed). */
  const quality = (model: FeedbackModel) => {
    const alone = viewers.map((id) => ndcgAt(ranked(model, id), relevance.get(id)!, K));
    const seen = viewers.map((id) => {
      const gone = dismissedOf(id);
      return ndcgAt(
        ranked(model, id).filter((p) => !gone.has(p)),
        relevance.get(id)!,
        K,
      );
    });
    return { alone: mean(alone), seen: mean(seen) };
  };
  /**
   * The partners watched sinking: for each company, those of a kind it dismissed in the first
   * round that it never saw and that are irrelevant to it. Their mean rank (1 = first) per model.
   */
  const watched = new Map<string, Set<string>>();
  const watchedRank = (model: FeedbackModel) => {
    const ranks: number[] = [];
    for (const [id, partners] of watched)
      ranked(model, id).forEach((p, i) => partners.has(p) && ranks.push(i + 1));
    return mean(ranks);
  };

  let model = EMPTY_FEEDBACK_MODEL;
  const start = quality(model);
  console.log(
    `${label}: feedback rounds (${viewers.length} companies, top ${K} of ${CANDIDATES} candidates)`,
  );
  console.log(`  round 0: nDCG@10 model ${fmt(start.alone)}, as seen ${fmt(start.seen)}`);
  for (let round = 1; round <= ROUNDS; round++) {
    let dismissed = 0;
    let requested = 0;
    for (const id of viewers) {
      const gone = dismissedOf(id);
      for (const partnerId of ranked(model, id)
        .filter((p) => !gone.has(p))
        .slice(0, K)) {
        if (acted.get(id)!.has(partnerId)) continue;
        const grade = relevance.get(id)!.get(partnerId) ?? 0;
        if (grade === 1) continue;
        acted.get(id)!.add(partnerId);
        if (grade === 0) {
          events.push({ companyId: id, partnerId, signal: 'DISMISSED', reasonCode: 'NOT_RELEVANT' });
          dismissed++;
        } else {
          events.push({ companyId: id, partnerId, signal: 'REQUEST_SENT' });
          requested++;
        }
      }
    }
    if (round === 1) {
      for (const id of viewers) {
        const kinds = new Set([...dismissedOf(id)].map(kindOf));
        const unseen = engine
          .get(id)!
          .map((p) => p.partnerId)
          .filter((p) => !acted.get(id)!.has(p) && kinds.has(kindOf(p)) && !relevance.get(id)!.get(p));
        if (unseen.length > 0) watched.set(id, new Set(unseen));
      }
      console.log(
        `  watched: ${[...watched.values()].reduce((n, s) => n + s.size, 0)} unseen irrelevant partners of a kind ` +
          `their viewer dismissed in round 1, mean rank ${watchedRank(model).toFixed(1)} of ${CANDIDATES} before learning`,
      );
    }
    model = trainFeedback(events, byId, { parent: model, createdAt: CREATED });
    const after = quality(model);
    const groups = Object.keys(model.global).length;
    console.log(
      `  round ${round}: ${dismissed} dismissed, ${requested} requested → model v${model.version} (parent ${model.parent ?? '–'}, ` +
        `${groups} shared sector patterns) | nDCG@10 model ${fmt(after.alone)}, as seen ${fmt(after.seen)} | ` +
        `watched mean rank ${watchedRank(model).toFixed(1)}`,
    );
  }
}
