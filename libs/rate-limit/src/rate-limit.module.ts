import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoginLockout } from './login-lockout.js';
import { OperationBudgets } from './operation-budgets.js';
import { RateLimitInterceptor } from './rate-limit.interceptor.js';
import { RateLimiter } from './rate-limiter.service.js';

/** Budgets in Redis (needs the global REDIS client), for services that count their own events. */
@Module({
  providers: [RateLimiter, LoginLockout],
  exports: [RateLimiter, LoginLockout],
})
export class RateLimiterModule {}

/** Rate limits on every GraphQL operation of the API. */
@Module({
  imports: [RateLimiterModule],
  providers: [OperationBudgets, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
  exports: [RateLimiterModule, OperationBudgets],
})
export class RateLimitModule {}
