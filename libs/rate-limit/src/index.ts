export * from './rate-limit.module.js';
export * from './rate-limiter.service.js';
export * from './login-lockout.js';
export * from './operation-budgets.js';
