export * from './curation/curation.service.js';
export * from './dto/matching.types.js';
export * from './feed/feed.service.js';
export * from './feed/impression-counter.js';
export { renderReasons } from './feed/suggestion.js';
export * from './matching.module.js';
export * from './pair-fit/pair-fit.service.js';
export * from './runs/match-profiles.js';
export * from './runs/matching-runs.service.js';
