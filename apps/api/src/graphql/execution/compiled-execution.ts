import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { Logger } from '@nestjs/common';
import {
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { requestLocale, toClientError, type GraphqlContext } from '@app/common';

type Compiled = CompiledQuery | ExecutionResult;

const logger = new Logger('Errors');

/**
 * An error of a nested field as the contract shapes it. Nest's exception filter only wraps root
 * fields' resolvers, so what a field resolver throws (an AppException, a database error) reaches
 * graphql-jit raw, and jit's errors (a null for a non-null field too) carry no extensions, which
 * Apollo answered as an untranslated "Internal server error". They pass through the one mapping.
 */
function contractError(error: GraphQLError, context: GraphqlContext): GraphQLError {
  if (error.extensions?.code) return error;
  const cause: unknown = error.originalError ?? error;
  const { message, extensions } = toClientError(cause, requestLocale(context.req), logger);
  return Object.assign(new GraphQLError(message, { path: error.path, extensions }), {
    locations: error.locations,
  });
}

/**
 * Runs operations as functions compiled once per document (graphql-jit) instead of walking the
 * document for every request: a page of twenty suggestions is some four hundred fields, and
 * walking them generically cost more than everything else the feed does.
 *
 * Apollo takes a custom executor only through its gateway interface; everything around the
 * execution (parsing, validation, limits, error formatting, plugins) stays Apollo's. Apollo hands
 * the same parsed document to every request with the same text, so compiled functions are kept
 * with the document and go when Apollo forgets it. Subscriptions over the WebSocket are run by
 * graphql-ws with graphql-js.
 */
export function compiledExecution(schemaOf: () => GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compile = (document: DocumentNode, operationName: string | undefined): Compiled => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map<string, Compiled>()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) byOperation.set(key, (query = compileQuery(schemaOf(), document, operationName)));
    return query;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    // Variables are checked by graphql-js first: its errors name the variable and the path inside
    // it, and Apollo recognises them as bad input (BAD_USER_INPUT, HTTP 400).
    if (operation.variableDefinitions?.length) {
      const checked = getVariableValues(schemaOf(), operation.variableDefinitions, request.variables ?? {});
      if (checked.errors) return { errors: checked.errors };
    }
    const query = compile(document, operationName ?? undefined);
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, context, request.variables);
    if (!result.errors) return result;
    const errors = result.errors.map((error) => contractError(error, context as GraphqlContext));
    return { ...result, errors };
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schemaOf(), coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
