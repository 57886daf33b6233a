import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppException } from '../errors/app.exception.js';
import {
  requestLocale,
  type GraphqlContext,
  type PasserelleRequest,
  type Viewer,
} from '../http/request-context.js';

export function requestOf(context: ExecutionContext): PasserelleRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }
  return context.switchToHttp().getRequest<PasserelleRequest>();
}

/** The signed-in caller; the global guard has already refused anonymous calls. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw AppException.unauthenticated();
  return viewer;
});

/** The caller's language, for texts built by resolvers (labels, reasons). */
export const RequestLocale = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestLocale(requestOf(context)),
);

export const IS_PUBLIC = Symbol('IS_PUBLIC');

/** Open to anonymous callers (login, token redemption, health, calendar links with a secret). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
