import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, switchMap, type Observable } from 'rxjs';
import { AppException, type GraphqlContext, type PasserelleRequest } from '@app/common';
import { OperationBudgets } from './operation-budgets.js';

/**
 * Every root operation (each operation of a batch too) counts against its budgets
 * (OperationBudgets); `login` and `changePassword` are also counted by LoginLockout, which needs
 * the account, and `requestPasswordReset` by the auth domain, per address and per network.
 * Refusals are RATE_LIMITED with `extensions.retryAfter` and a `Retry-After` header.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(private readonly budgets: OperationBudgets) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<GraphqlContext>().req;
    const operation = gql.getInfo<GraphQLResolveInfo>().fieldName;
    return from(this.admit(req, operation)).pipe(switchMap(() => next.handle()));
  }

  private async admit(req: PasserelleRequest, operation: string): Promise<void> {
    const wait = await this.budgets.admit(req, operation);
    if (wait === undefined) return;
    req.res?.setHeader('Retry-After', String(wait));
    throw AppException.rateLimited(wait);
  }
}
