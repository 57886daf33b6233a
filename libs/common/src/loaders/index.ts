export * from './batch-results.js';
export * from './request-loaders.js';
