import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import { requestLocale, type PasserelleRequest } from '@app/common';
import type { AppConfig } from '@app/config';
import { directiveError, directiveProblem, directivesOf } from './directive-checks.js';
import { countTokens } from './document-measures.js';
import { graphqlErrorInLanguage } from '../operations/graphql-language.js';
import { nulCharacterError, nulCharacterPaths } from '../operations/null-characters.js';
import { operationChoiceError, operationChoiceProblem } from '../operations/operation-choice.js';
import { documentLimitProblem, limitProblem } from './query-limits.plugin.js';

/**
 * The same limits for operations sent over the WebSocket (graphql-ws), which never pass through
 * Apollo's request pipeline: tokens before parsing, then aliases, directives, depth and cost. A
 * refused operation gets the limit's error, in the caller's language, and never starts.
 */
export function subscriptionLimits(config: AppConfig, schemaOf: () => GraphQLSchema) {
  return (
    ctx: Context<Record<string, unknown> | undefined, unknown>,
    _id: string,
    payload: SubscribePayload,
  ): ExecutionArgs | GraphQLError[] => {
    const refuse = (...[reason, max, actual]: [Parameters<typeof limitProblem>[0], number, number]) => {
      // The upgrade request: its headers and bearer token say the caller's language.
      const request = (ctx.extra as { request: PasserelleRequest }).request;
      const { message, extensions } = limitProblem(reason, request, max, actual);
      return [new GraphQLError(message, { extensions })];
    };
    const tokens = countTokens(payload.query, config.GRAPHQL_MAX_TOKENS);
    if (tokens > config.GRAPHQL_MAX_TOKENS)
      return refuse('TOO_MANY_TOKENS', config.GRAPHQL_MAX_TOKENS, tokens);
    const schema = schemaOf();
    const unfit = directiveProblem(payload.query, directivesOf(schema));
    if (unfit) return [directiveError(unfit, (ctx.extra as { request: PasserelleRequest }).request)];
    // The upgrade request: its headers and the socket's signed-in person say the caller's language.
    const locale = requestLocale((ctx.extra as { request: PasserelleRequest }).request);
    let document;
    try {
      document = parse(payload.query);
    } catch (error) {
      return [graphqlErrorInLanguage(error as GraphQLError, locale, 'GRAPHQL_PARSE_FAILED')];
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      return invalid.map((error) => graphqlErrorInLanguage(error, locale, 'GRAPHQL_VALIDATION_FAILED'));
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      const reason = operationChoiceProblem(document, payload.operationName) ?? 'UNKNOWN_OPERATION';
      return [operationChoiceError(reason, locale, payload.operationName)];
    }
    const nuls = nulCharacterPaths(document, payload.variables ?? undefined);
    if (nuls.length > 0) return [nulCharacterError(nuls, locale)];
    // Variables are checked here, as over HTTP, so that their errors carry a code and a language.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
    if (coerced.errors)
      return coerced.errors.map((error) => graphqlErrorInLanguage(error, locale, 'BAD_USER_INPUT'));
    const broken = documentLimitProblem(config, schema, document, operation, payload.variables ?? undefined);
    if (broken) return refuse(broken.reason, broken.max, broken.actual);
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
