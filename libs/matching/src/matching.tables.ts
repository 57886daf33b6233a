import { tableShape, type RowOf } from '@app/database';

/** The matching domain's tables as raw SQL returns them; checked by test/foundation/table-shapes. */
export const matchingRunsTable = tableShape('matching_runs', {
  id: 'uuid',
  kind: 'varchar',
  status: 'varchar',
  model_version: 'varchar',
  weights: 'jsonb',
  top_k: 'int4',
  companies_total: 'int4',
  companies_scored: 'int4',
  pairs_scored: 'int8',
  requested_by: 'uuid?',
  created_at: 'timestamptz',
  started_at: 'timestamptz?',
  finished_at: 'timestamptz?',
  error: 'text?',
  feedback_version: 'int4?',
});
export type MatchingRunRow = RowOf<typeof matchingRunsTable>;

export const matchScoresTable = tableShape('match_scores', {
  run_id: 'uuid',
  company_id: 'uuid',
  partner_id: 'uuid',
  score: 'float4',
  components: 'json',
  reasons: 'json',
  they_offer: 'float4',
  they_seek: 'float4',
  feedback_version: 'int4?',
});
export type MatchScoreRow = RowOf<typeof matchScoresTable>;

export const matchCurationsTable = tableShape('match_curations', {
  company_id: 'uuid',
  partner_id: 'uuid',
  status: 'varchar',
  note: 'varchar?',
  association: 'varchar?',
  event_id: 'uuid?',
  score: 'float4',
  reasons: 'json',
  curated_by: 'uuid?',
  updated_at: 'timestamptz',
  they_offer: 'float4',
  they_seek: 'float4',
});
export type MatchCurationRow = RowOf<typeof matchCurationsTable>;

export const matchingStateTable = tableShape('matching_state', {
  id: 'int4',
  current_run_id: 'uuid?',
  previous_run_id: 'uuid?',
});
export type MatchingStateRow = RowOf<typeof matchingStateTable>;

export const suggestionDismissalsTable = tableShape('suggestion_dismissals', {
  company_id: 'uuid',
  partner_id: 'uuid',
  reason: 'varchar?',
  dismissed_by: 'uuid?',
  dismissed_at: 'timestamptz',
});
export type SuggestionDismissalRow = RowOf<typeof suggestionDismissalsTable>;

export const suggestionImpressionsTable = tableShape('suggestion_impressions', {
  company_id: 'uuid',
  partner_id: 'uuid',
  day: 'date',
  shown: 'int4',
});
export type SuggestionImpressionRow = RowOf<typeof suggestionImpressionsTable>;

/** Shared counters that invalidate cached reads; the feed's is `FEED_GENERATION`. */
export const cacheGenerationsTable = tableShape('cache_generations', {
  name: 'varchar',
  generation: 'int8',
});
export type CacheGenerationRow = RowOf<typeof cacheGenerationsTable>;

export const matchFeedbackModelsTable = tableShape('match_feedback_models', {
  version: 'int4',
  parent_version: 'int4?',
  created_at: 'timestamptz',
  model: 'jsonb?',
});
export type MatchFeedbackModelRow = RowOf<typeof matchFeedbackModelsTable>;
