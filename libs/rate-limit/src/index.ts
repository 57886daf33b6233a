export * from './rate-limit.module.js';
export * from './rate-limiter.service.js';
export * from './login-lockout.js';
export { clientAddress } from './rate-limit.interceptor.js';
