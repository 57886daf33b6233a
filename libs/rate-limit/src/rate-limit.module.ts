import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RateLimitInterceptor } from './rate-limit.interceptor.js';
import { RateLimiter } from './rate-limiter.service.js';

/** Rate limits on every GraphQL operation of the API (needs the global REDIS client). */
@Module({
  providers: [RateLimiter, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
  exports: [RateLimiter],
})
export class RateLimitModule {}
