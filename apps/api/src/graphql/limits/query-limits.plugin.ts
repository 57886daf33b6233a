import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  ApiErrorCode,
  requestLocale,
  translate,
  type GraphqlContext,
  type PasserelleRequest,
} from '@app/common';
import type { AppConfig } from '@app/config';
import { countAliasesAndDirectives, measureOperation } from './document-measures.js';
import { LIMIT_MESSAGES, type LimitReason } from './limit.messages.js';

/**
 * A refused request: BAD_USER_INPUT with the limit named in `extensions.reason`, the limit and
 * the measured value, in the caller's language.
 */
export function limitProblem(
  reason: LimitReason,
  req: PasserelleRequest | undefined,
  max: number,
  actual: number,
) {
  return {
    message: translate(LIMIT_MESSAGES[reason], requestLocale(req), { max, actual }),
    extensions: { code: ApiErrorCode.BAD_USER_INPUT, reason, limit: max, actual },
  };
}

/** The same problem as a GraphQL error Apollo answers with HTTP 400. */
function limitExceeded(
  reason: LimitReason,
  context: GraphqlContext | undefined,
  max: number,
  actual: number,
) {
  const { message, extensions } = limitProblem(reason, context?.req, max, actual);
  return new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });
}

/**
 * Refuses abusive documents before any resolver runs, once they are parsed and valid: aliases,
 * directives, depth and estimated cost (tokens and batch size are checked earlier, in
 * request-limits.ts).
 */
export function queryLimitsPlugin(config: AppConfig): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<GraphqlContext>) {
          const { schema, document, operation, contextValue, request } = requestContext;
          if (!document || !operation) return;
          const { aliases, directives } = countAliasesAndDirectives(document);
          if (aliases > config.GRAPHQL_MAX_ALIASES) {
            throw limitExceeded('TOO_MANY_ALIASES', contextValue, config.GRAPHQL_MAX_ALIASES, aliases);
          }
          if (directives > config.GRAPHQL_MAX_DIRECTIVES) {
            throw limitExceeded(
              'TOO_MANY_DIRECTIVES',
              contextValue,
              config.GRAPHQL_MAX_DIRECTIVES,
              directives,
            );
          }
          const { depth, cost } = measureOperation(schema, document, operation, request.variables);
          if (depth > config.GRAPHQL_MAX_DEPTH) {
            throw limitExceeded('QUERY_TOO_DEEP', contextValue, config.GRAPHQL_MAX_DEPTH, depth);
          }
          if (cost > config.GRAPHQL_MAX_COST) {
            throw limitExceeded('QUERY_TOO_COSTLY', contextValue, config.GRAPHQL_MAX_COST, cost);
          }
        },
      };
    },
  };
}
