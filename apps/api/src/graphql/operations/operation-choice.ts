import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { ViewerService } from '@app/auth';
import { ApiErrorCode, translate, type GraphqlContext, type Locale, type LocalizedText } from '@app/common';
import { callerLanguage } from '../caller-language.js';

const CHOICE_MESSAGES = {
  OPERATION_NAME_REQUIRED: {
    fr: 'Le document contient plusieurs opérations : nommez celle à exécuter dans « operationName ».',
    en: 'The document holds several operations: name the one to run in "operationName".',
  },
  UNKNOWN_OPERATION: {
    fr: 'Le document ne contient aucune opération nommée « {name} » (« operationName »).',
    en: 'The document holds no operation named "{name}" ("operationName").',
  },
  SUBSCRIPTION_OVER_HTTP: {
    fr: 'Un abonnement passe par WebSocket (protocole graphql-ws) sur /graphql, pas par HTTP.',
    en: 'A subscription runs over a WebSocket (graphql-ws protocol) at /graphql, not over HTTP.',
  },
} satisfies Record<string, LocalizedText>;

export type OperationChoiceReason = keyof typeof CHOICE_MESSAGES;

/** Why no operation of the document can run under this name, if none can. */
export function operationChoiceProblem(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationChoiceReason | undefined {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName == null) return operations.length > 1 ? 'OPERATION_NAME_REQUIRED' : undefined;
  return operations.some((o) => o.name?.value === operationName) ? undefined : 'UNKNOWN_OPERATION';
}

/** The refusal as the caller reads it, naming `operationName` (also over the WebSocket). */
export function operationChoiceError(
  reason: OperationChoiceReason,
  locale: Locale,
  operationName: string | null | undefined,
  http?: { status: number },
): GraphQLError {
  const message = translate(CHOICE_MESSAGES[reason], locale, { name: operationName ?? '' });
  return new GraphQLError(message, {
    extensions: { code: ApiErrorCode.BAD_USER_INPUT, reason, field: 'operationName', ...(http && { http }) },
  });
}

/**
 * Over HTTP, an operation name that picks nothing, or a subscription, is the caller's mistake:
 * Apollo leaves both to the executor, and the compiled executor (execution/) can run neither, so
 * they are refused here, once the document is valid, with BAD_USER_INPUT and HTTP 400.
 */
export function operationChoicePlugin(viewers: ViewerService): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          const name = request.operationName;
          let reason: OperationChoiceReason | undefined;
          if (!operation) reason = operationChoiceProblem(document, name) ?? 'UNKNOWN_OPERATION';
          else if (operation.operation === 'subscription') reason = 'SUBSCRIPTION_OVER_HTTP';
          if (!reason) return;
          const locale = await callerLanguage(viewers, contextValue?.req);
          throw operationChoiceError(reason, locale, name, { status: 400 });
        },
      };
    },
  };
}
