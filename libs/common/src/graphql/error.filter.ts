import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { requestLocale, type GraphqlContext, type PasserelleRequest } from '../http/request-context.js';
import { HTTP_STATUS_OF_CODE, toClientError } from './to-client-error.js';
import type { ApiErrorCode } from '../errors/api-error-code.js';

/** The single exception filter: GraphQL operations and plain HTTP routes speak the same codes. */
@Catch()
export class ErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') {
      const context = GqlArgumentsHost.create(host).getContext<GraphqlContext>();
      const error = toClientError(exception, requestLocale(context?.req), this.logger);
      return new GraphQLError(error.message, { extensions: error.extensions });
    }
    const http = host.switchToHttp();
    const req = http.getRequest<PasserelleRequest>();
    const res = http.getResponse<Response>();
    // Readiness answers 503 with each check's state, as load balancers and orchestrators expect.
    if (exception instanceof HttpException && exception.getStatus() === 503) {
      res.status(503).json(exception.getResponse());
      return;
    }
    const error = toClientError(exception, requestLocale(req), this.logger);
    const status = HTTP_STATUS_OF_CODE[error.extensions.code as ApiErrorCode] ?? 500;
    if (typeof error.extensions.retryAfter === 'number')
      res.setHeader('Retry-After', error.extensions.retryAfter);
    res.status(status).json({ errors: [error] });
  }
}
