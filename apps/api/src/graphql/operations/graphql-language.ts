import type { ApolloServerPlugin } from '@apollo/server';
import type { ViewerService } from '@app/auth';
import { ApiErrorCode, type GraphqlContext, type LocalizedText, translate } from '@app/common';
import { callerLanguage } from '../caller-language.js';
import { frenchOfGraphqlMessage } from './graphql-messages.js';

/** Codes of the errors graphql-js and Apollo write themselves, in English. */
const DOCUMENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

const UNREAD_DOCUMENT: LocalizedText = {
  fr: 'La requête GraphQL ne correspond pas au schéma.',
  en: 'The GraphQL request does not fit the schema.',
};

/**
 * A document that does not parse or fit the schema, and variables of the wrong type, are refused
 * by graphql-js in English before any resolver runs. For a French caller, each message is said in
 * French (graphql-messages.ts); one no rule reads gets a general French sentence, the original
 * kept in `extensions.detail` for the developer. Errors of the API's own (AppException) are
 * already in the caller's language and pass as they are.
 */
export function graphqlLanguagePlugin(viewers: ViewerService): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const foreign = errors?.filter((e) => {
            const code = e.extensions?.code;
            return (
              DOCUMENT_CODES.has(String(code)) ||
              (code === ApiErrorCode.BAD_USER_INPUT && !e.extensions?.reason)
            );
          });
          if (!foreign?.length || (await callerLanguage(viewers, contextValue?.req)) !== 'fr') return;
          for (const error of foreign) {
            const french = frenchOfGraphqlMessage(error.message);
            if (french) Object.assign(error, { message: french });
            else if (DOCUMENT_CODES.has(String(error.extensions?.code))) {
              Object.assign(error, {
                message: translate(UNREAD_DOCUMENT, 'fr'),
                extensions: { ...error.extensions, detail: error.message },
              });
            }
          }
        },
      };
    },
  };
}
