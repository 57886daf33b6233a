export * from './rate-limit.module.js';
export * from './rate-limiter.service.js';
