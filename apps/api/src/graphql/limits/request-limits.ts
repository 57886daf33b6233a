import type { NextFunction, Response } from 'express';
import type { PasserelleRequest } from '@app/common';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '@app/config';
import { directiveProblem, directiveRefusal, directivesOf } from './directive-checks.js';
import { countTokens } from './document-measures.js';
import { limitProblem } from './query-limits.plugin.js';

function queriesOf(req: PasserelleRequest): unknown[] {
  const body: unknown = req.body;
  if (Array.isArray(body)) return body.map((operation) => (operation as { query?: unknown })?.query);
  if (req.method === 'GET') return [req.query.query];
  return [(body as { query?: unknown } | undefined)?.query];
}

/**
 * Checks on the raw request, before Apollo parses anything: a JSON array is a batch of operations
 * (allowed up to GRAPHQL_MAX_BATCH, each then measured and rate-limited on its own), and no
 * document may hold more than GRAPHQL_MAX_TOKENS tokens, so an enormous one is never parsed; nor
 * may it name an unknown directive or repeat one at one place (one error, not one per occurrence).
 */
export function requestLimits(config: AppConfig, schemaOf: () => GraphQLSchema) {
  let directives: ReadonlyMap<string, boolean> | undefined;
  return (req: PasserelleRequest, res: Response, next: NextFunction) => {
    const refuse = (problem: { message: string; extensions: object }) =>
      res.status(400).json({ errors: [problem] });
    if (Array.isArray(req.body) && req.body.length > config.GRAPHQL_MAX_BATCH) {
      return refuse(limitProblem('BATCH_TOO_LARGE', req, config.GRAPHQL_MAX_BATCH, req.body.length));
    }
    for (const query of queriesOf(req)) {
      if (typeof query !== 'string') continue;
      // Every token is at least one character long: a short document cannot hold too many.
      const tokens =
        query.length <= config.GRAPHQL_MAX_TOKENS ? 0 : countTokens(query, config.GRAPHQL_MAX_TOKENS);
      if (tokens > config.GRAPHQL_MAX_TOKENS) {
        return refuse(limitProblem('TOO_MANY_TOKENS', req, config.GRAPHQL_MAX_TOKENS, tokens));
      }
      const problem = directiveProblem(query, (directives ??= directivesOf(schemaOf())));
      if (problem) return refuse(directiveRefusal(problem, req));
    }
    next();
  };
}
