export * from './redis.module.js';
export * from './fail-open.js';
