// @app/match-scoring: the partner-suggestion engine (pure TypeScript). See docs/matching.md.
export type { Locale, MatchProfile, MatchReason, ScoredPartner } from './types.js';
export { DEFAULT_WEIGHTS, MODEL_VERSION, type Weights } from './weights.js';
export { extractFeatures, type ExtractedFeatures, type ExtractOptions } from './text/extract.js';
export { prepareProfiles } from './engine/prepare.js';
export type { PreparedProfiles } from './engine/prepared.js';
export { scoreCompany, scoreCompanies, scoreFor } from './engine/rank.js';
export { renderReason, REASON_CODES } from './reasons.js';
export { scoreCompaniesParallel, type ParallelOptions } from './parallel/pool.js';
