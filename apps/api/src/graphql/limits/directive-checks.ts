import { GraphQLError, Lexer, Source, TokenKind, type GraphQLSchema } from 'graphql';
import {
  ApiErrorCode,
  requestLocale,
  translate,
  type LocalizedText,
  type PasserelleRequest,
} from '@app/common';

const DIRECTIVE_MESSAGES = {
  UNKNOWN_DIRECTIVE: {
    fr: 'La directive @{directive} n’existe pas ; la requête est refusée.',
    en: 'The directive @{directive} does not exist; the query is refused.',
  },
  REPEATED_DIRECTIVE: {
    fr: 'La directive @{directive} est répétée au même endroit ; la requête est refusée.',
    en: 'The directive @{directive} is repeated at one place; the query is refused.',
  },
} satisfies Record<string, LocalizedText>;

export type DirectiveReason = keyof typeof DIRECTIVE_MESSAGES;

export interface DirectiveProblem {
  reason: DirectiveReason;
  directive: string;
}

/** The schema's directives by name, with whether each may be repeated at one place. */
export function directivesOf(schema: GraphQLSchema): ReadonlyMap<string, boolean> {
  return new Map(schema.getDirectives().map((directive) => [directive.name, directive.isRepeatable]));
}

/**
 * The first unknown directive, or known one repeated at one place, read from the tokens alone:
 * GraphQL validation would report every occurrence (one error each, graphql-cop's "directive
 * overloading"), this stops at the first. Directives at one place follow each other, each with
 * its arguments in parentheses (argument values hold no parentheses). A lexing error stops the
 * scan: the parser reports it properly afterwards.
 */
export function directiveProblem(
  query: string,
  known: ReadonlyMap<string, boolean>,
): DirectiveProblem | undefined {
  if (!query.includes('@')) return undefined;
  const lexer = new Lexer(new Source(query));
  let atOnePlace = new Set<string>();
  try {
    let token = lexer.advance();
    while (token.kind !== TokenKind.EOF) {
      if (token.kind !== TokenKind.AT) {
        token = lexer.advance();
        continue;
      }
      const name = lexer.advance();
      if (name.kind !== TokenKind.NAME) return undefined;
      const directive = name.value;
      if (!known.has(directive)) return { reason: 'UNKNOWN_DIRECTIVE', directive };
      if (atOnePlace.has(directive) && !known.get(directive))
        return { reason: 'REPEATED_DIRECTIVE', directive };
      atOnePlace.add(directive);
      token = lexer.advance();
      if (token.kind === TokenKind.PAREN_L) {
        while (token.kind !== TokenKind.PAREN_R && token.kind !== TokenKind.EOF) token = lexer.advance();
        token = lexer.advance();
      }
      if (token.kind !== TokenKind.AT) atOnePlace = new Set();
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The refusal: BAD_USER_INPUT naming the directive, in the caller's language. */
export function directiveRefusal(problem: DirectiveProblem, req: PasserelleRequest | undefined) {
  return {
    message: translate(DIRECTIVE_MESSAGES[problem.reason], requestLocale(req), {
      directive: problem.directive,
    }),
    extensions: { code: ApiErrorCode.BAD_USER_INPUT, reason: problem.reason, directive: problem.directive },
  };
}

export function directiveError(problem: DirectiveProblem, req: PasserelleRequest | undefined): GraphQLError {
  const { message, extensions } = directiveRefusal(problem, req);
  return new GraphQLError(message, { extensions });
}
