import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ViewerService } from '@app/auth';
import {
  ApiErrorCode,
  translate,
  type GraphqlContext,
  type Locale,
  type LocalizedText,
  type PasserelleRequest,
} from '@app/common';
import { callerLanguage } from '../caller-language.js';
import { frenchOfGraphqlMessage } from './graphql-messages.js';

/** Codes of the errors graphql-js and Apollo write themselves, in English. */
const FOREIGN_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const UNREAD_REQUEST: LocalizedText = {
  fr: 'La requête GraphQL n’est pas valide.',
  en: 'The GraphQL request is not valid.',
};

/** Requests whose errors the plugin has seen: the way out leaves them as they are. */
const seenByPlugin = new WeakSet<PasserelleRequest>();

/** A foreign error in French: by a rule, else the general sentence with the original as detail. */
function inFrench<E extends { message: string; extensions?: Record<string, unknown> }>(error: E): E {
  const french = frenchOfGraphqlMessage(error.message);
  if (french) return { ...error, message: french };
  if (!FOREIGN_CODES.has(String(error.extensions?.code))) return error;
  return {
    ...error,
    message: translate(UNREAD_REQUEST, 'fr'),
    extensions: { ...error.extensions, detail: error.message },
  };
}

/**
 * One of graphql-js's errors, with the code Apollo would give it, in the caller's language: for
 * operations on the WebSocket, which never pass through Apollo (limits/subscription-limits.ts).
 */
export function graphqlErrorInLanguage(error: GraphQLError, locale: Locale, code: string): GraphQLError {
  const said = locale === 'fr' ? inFrench({ message: error.message, extensions: { code } }) : error;
  const { nodes, source, positions, path } = error;
  return new GraphQLError(said.message, {
    nodes,
    source,
    positions,
    path,
    extensions: { ...said.extensions, code },
  });
}

/** Whether an error was written by graphql-js or Apollo, not by the API in the caller's language. */
function isForeign(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  return (
    FOREIGN_CODES.has(String(code)) || (code === ApiErrorCode.BAD_USER_INPUT && !error.extensions?.reason)
  );
}

/**
 * Apollo's refusals of a request's shape (CSRF prevention, a body that is no GraphQL request)
 * are sent before any plugin runs: for a French caller, their JSON is rewritten on its way out.
 */
export function apolloRefusalsInFrench(viewers: ViewerService) {
  return (req: PasserelleRequest, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = ((body: unknown) => {
      const refusal = res.statusCode >= 400 && typeof body === 'string' && body.includes('"BAD_REQUEST"');
      if (!refusal || seenByPlugin.has(req)) return send(body);
      void callerLanguage(viewers, req).then((locale) => {
        if (locale !== 'fr') return send(body);
        const parsed = JSON.parse(body as string) as {
          errors?: { message: string; extensions?: Record<string, unknown> }[];
        };
        return send(
          JSON.stringify({ ...parsed, errors: parsed.errors?.map((e) => (isForeign(e) ? inFrench(e) : e)) }),
        );
      });
      return res;
    }) as Response['send'];
    next();
  };
}

/**
 * A document that does not parse or fit the schema, and variables of the wrong type, are refused
 * by graphql-js in English before any resolver runs. For a French caller, each message is said in
 * French (graphql-messages.ts); one no rule reads gets a general French sentence, the original
 * kept in `extensions.detail` for the developer. Errors of the API's own (AppException) are
 * already in the caller's language and pass as they are. With `hideSuggestions` (production),
 * the "Did you mean …?" graphql-js still adds when coercing a variable goes too, as Apollo's
 * plugin removes it from validation errors.
 */
export function graphqlLanguagePlugin(
  viewers: ViewerService,
  { hideSuggestions }: { hideSuggestions: boolean },
): ApolloServerPlugin<GraphqlContext> {
  const inEnglish = <E extends { message: string }>(error: E): E =>
    hideSuggestions ? { ...error, message: error.message.replace(/ Did you mean [^?]*\?$/, '') } : error;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue?.req) seenByPlugin.add(contextValue.req);
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.some(isForeign)) return;
          const said = (await callerLanguage(viewers, contextValue?.req)) === 'fr' ? inFrench : inEnglish;
          result.errors = result.errors.map((error) => (isForeign(error) ? said(error) : error));
        },
      };
    },
  };
}
