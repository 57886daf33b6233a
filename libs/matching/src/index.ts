export * from './curation/curation.service.js';
export * from './dto/matching.types.js';
export * from './feed/feed.service.js';
export * from './feed/impression-counter.js';
export * from './matching.module.js';
export * from './runs/match-profiles.js';
export * from './runs/matching-runs.service.js';
