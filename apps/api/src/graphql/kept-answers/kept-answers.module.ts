import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { RateLimitModule } from '@app/rate-limit';
import { KeptAnswersMiddleware } from './kept-answers.middleware.js';

/**
 * Kept answers (KeptAnswersMiddleware) on POST /graphql, in front of Apollo. A module's
 * middleware runs after the global request log's, so an answer sent again is logged like any.
 */
@Module({ imports: [AuthModule, RateLimitModule] })
export class KeptAnswersModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(KeptAnswersMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
