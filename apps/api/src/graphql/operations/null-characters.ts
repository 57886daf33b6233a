import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { ViewerService } from '@app/auth';
import {
  AppException,
  COMMON_MESSAGES,
  toClientError,
  type FieldProblem,
  type GraphqlContext,
  type Locale,
} from '@app/common';
import { callerLanguage } from '../caller-language.js';

const NUL = '\u0000';

/** Paths of the texts (values and object keys) holding a NUL in a variable's JSON value. */
function nulsInVariable(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulsInVariable(item, `${path}[${i}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inner = `${path}.${key}`;
      // The key itself is not repeated back: the object holding it is named.
      if (key.includes(NUL)) found.push(path);
      else nulsInVariable(item, inner, found);
    }
  }
}

/** The same in an argument written in the document (`"\u0000"` is a valid GraphQL escape). */
function nulsInLiteral(node: ValueNode, path: string, found: string[]): void {
  if (node.kind === Kind.STRING) {
    if (node.value.includes(NUL)) found.push(path);
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, i) => nulsInLiteral(item, `${path}[${i}]`, found));
  } else if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) nulsInLiteral(field.value, `${path}.${field.name.value}`, found);
  }
}

/**
 * The arguments' paths, by document. Apollo hands the same parsed document to every request that
 * sends the same text, so a repeated operation has only its variables walked.
 */
const literalNuls = new WeakMap<DocumentNode, readonly string[]>();

function nulsInDocument(document: DocumentNode): readonly string[] {
  let found = literalNuls.get(document);
  if (!found) {
    const paths: string[] = [];
    visit(document, {
      Argument: (argument) => nulsInLiteral(argument.value, argument.name.value, paths),
    });
    literalNuls.set(document, (found = paths));
  }
  return found;
}

/** Where the operation's texts hold a NUL character: the variable's or the argument's path. */
export function nulCharacterPaths(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(variables ?? {})) nulsInVariable(value, name, found);
  found.push(...nulsInDocument(document));
  return found;
}

const logger = new Logger('Errors');

/** The refusal naming each path, in the caller's language (HTTP 400 when `http` is given). */
export function nulCharacterError(paths: string[], locale: Locale, http?: { status: number }): GraphQLError {
  const fields: FieldProblem[] = paths.map((path) => ({ path, message: COMMON_MESSAGES.nulCharacter }));
  const { message, extensions } = toClientError(AppException.invalidFields(fields), locale, logger);
  return new GraphQLError(message, { extensions: { ...extensions, ...(http && { http }) } });
}

/**
 * PostgreSQL stores no NUL character in text or JSON and answers a server error for one; any
 * text the API takes holds none, so an operation sending one is refused before it runs, with
 * BAD_USER_INPUT naming each field, in the caller's language, and nothing written.
 */
export function nulCharactersPlugin(viewers: ViewerService): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const paths = nulCharacterPaths(document, request.variables);
          if (paths.length === 0) return;
          const locale = await callerLanguage(viewers, contextValue?.req);
          throw nulCharacterError(paths, locale, { status: 400 });
        },
      };
    },
  };
}
