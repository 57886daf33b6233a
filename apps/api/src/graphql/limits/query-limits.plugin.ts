import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import {
  ApiErrorCode,
  requestLocale,
  translate,
  type GraphqlContext,
  type PasserelleRequest,
} from '@app/common';
import type { ViewerService } from '@app/auth';
import type { AppConfig } from '@app/config';
import { callerLanguage } from '../caller-language.js';
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

/** The first limit a parsed and valid document breaks: aliases, directives, depth, then cost. */
export function documentLimitProblem(
  config: AppConfig,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): { reason: LimitReason; max: number; actual: number } | undefined {
  const { aliases, directives } = countAliasesAndDirectives(document);
  if (aliases > config.GRAPHQL_MAX_ALIASES) {
    return { reason: 'TOO_MANY_ALIASES', max: config.GRAPHQL_MAX_ALIASES, actual: aliases };
  }
  if (directives > config.GRAPHQL_MAX_DIRECTIVES) {
    return { reason: 'TOO_MANY_DIRECTIVES', max: config.GRAPHQL_MAX_DIRECTIVES, actual: directives };
  }
  const { depth, cost } = measureOperation(schema, document, operation, variables);
  if (depth > config.GRAPHQL_MAX_DEPTH) {
    return { reason: 'QUERY_TOO_DEEP', max: config.GRAPHQL_MAX_DEPTH, actual: depth };
  }
  if (cost > config.GRAPHQL_MAX_COST) {
    return { reason: 'QUERY_TOO_COSTLY', max: config.GRAPHQL_MAX_COST, actual: cost };
  }
  return undefined;
}

type Verdict = ReturnType<typeof documentLimitProblem> | null;

/** Verdicts kept per document (one per operation and variables); beyond, it is measured each time. */
const VERDICTS_PER_DOCUMENT = 32;

/**
 * Refuses abusive documents before any resolver runs, once they are parsed and valid (tokens and
 * batch size are checked earlier, in request-limits.ts; subscriptions in subscription-limits.ts).
 *
 * Apollo hands the same parsed document to every request that sends the same text, so the verdict
 * is kept with the document: a client repeating its operations has them walked once.
 */
export function queryLimitsPlugin(
  config: AppConfig,
  viewers: ViewerService,
): ApolloServerPlugin<GraphqlContext> {
  const verdicts = new WeakMap<DocumentNode, Map<string, Verdict>>();
  const verdictOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ) => {
    let known = verdicts.get(document);
    if (!known) verdicts.set(document, (known = new Map<string, Verdict>()));
    const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    let verdict = known.get(key);
    if (verdict === undefined) {
      verdict = documentLimitProblem(config, schema, document, operation, variables) ?? null;
      if (known.size < VERDICTS_PER_DOCUMENT) known.set(key, verdict);
    }
    return verdict;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<GraphqlContext>) {
          const { schema, document, operation, contextValue, request } = requestContext;
          if (!document || !operation) return;
          const broken = verdictOf(schema, document, operation, request.variables);
          if (!broken) return;
          // The refusal speaks the signed-in person's language, which the guard has not read yet.
          await callerLanguage(viewers, contextValue?.req);
          throw limitExceeded(broken.reason, contextValue, broken.max, broken.actual);
        },
      };
    },
  };
}
