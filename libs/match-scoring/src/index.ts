// @app/match-scoring: the partner-suggestion engine (pure TypeScript). See docs/matching.md.
export type {
  LensScores,
  Locale,
  MatchProfile,
  MatchReason,
  ScoredPartner,
  SuggestionLens,
} from './types.js';
export { DEFAULT_WEIGHTS, MODEL_VERSION, type Weights } from './weights.js';
export {
  extractFeatures,
  providerReading,
  type ExtractedFeatures,
  type ExtractOptions,
} from './text/extract.js';
export { prepareProfiles } from './engine/prepare.js';
export { termBag, termLiftTable, type TermLiftCells } from './engine/term-lift.js';
export type { PreparedProfiles, TermLiftTable } from './engine/prepared.js';
export { scoreCompany, scoreCompanies, scoreFor, type RankOptions } from './engine/rank.js';
export { scoreSeenBy, type SeenByViewer } from './engine/seen-by.js';
export { renderReason, REASON_CODES } from './reasons.js';
export { scoreCompaniesParallel, type ParallelOptions } from './parallel/pool.js';
export * from './feedback/index.js';
