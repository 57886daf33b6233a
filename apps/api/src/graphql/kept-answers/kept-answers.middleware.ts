import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NextFunction, Response } from 'express';
import { ViewerService } from '@app/auth';
import type { PasserelleRequest, Viewer } from '@app/common';
import { OperationBudgets } from '@app/rate-limit';
import { AnswerStore } from './answer-store.js';
import { KeepableDocuments } from './keepable-documents.js';

/** Kept answers of one API process hold at most this many bytes (a feed page is about 8 kB). */
const MAX_KEPT_BYTES = 32 * 1024 * 1024;

interface Operation {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** A single operation as the web app posts it: nothing else (extensions, batches) is kept. */
function operationOf(req: PasserelleRequest): Operation | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  if (req.method !== 'POST' || !body || Array.isArray(body) || !req.is('application/json')) return undefined;
  const { query, operationName, variables, ...rest } = body;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  return body as unknown as Operation;
}

/** Everything the answer may differ by, the generation aside (the store keeps one per name). */
function keyOf(viewer: Viewer, req: PasserelleRequest, operation: Operation): string {
  return JSON.stringify([
    viewer.userId,
    viewer.role,
    viewer.companyId,
    viewer.association,
    viewer.locale,
    // Apollo picks the response's content type from Accept.
    req.headers.accept ?? '',
    operation.operationName ?? null,
    operation.query,
    operation.variables ?? null,
  ]);
}

/** Only a whole answer is kept: data and nothing else, no error, no partial result. */
function isWholeAnswer(body: string): boolean {
  try {
    const answer = JSON.parse(body) as Record<string, unknown>;
    return Object.keys(answer).length === 1 && answer.data !== null && typeof answer.data === 'object';
  } catch {
    return false;
  }
}

/**
 * Sends again, byte for byte, the answer to an operation made only of KeptAnswer fields, when the
 * same signed-in person (same role, company, association and language) posts the same text and
 * variables while the generation named by the fields has not moved (read with the signed-in
 * person, docs/architecture.md). Neither execution nor serialisation runs again; the person's row
 * is still read, the operation still counts against the rate limits (refused, it goes the usual
 * way and gets the usual error), and the effects the operation registered (impressions) happen
 * again. Per process: instances keep their own answers, all keyed by the shared generation.
 */
@Injectable()
export class KeptAnswersMiddleware implements NestMiddleware {
  private readonly documents: KeepableDocuments;
  private readonly answers = new AnswerStore(MAX_KEPT_BYTES);

  constructor(
    private readonly viewers: ViewerService,
    private readonly budgets: OperationBudgets,
    modules: ModuleRef,
  ) {
    // The GraphQL module's own provider, there once the schema is built (before any request).
    this.documents = new KeepableDocuments(() => modules.get(GraphQLSchemaHost, { strict: false }).schema);
  }

  use(req: PasserelleRequest, res: Response, next: NextFunction): void {
    void this.answer(req, res).then((answered) => answered || next(), next);
  }

  /** True when a kept answer was sent; otherwise the request goes on, kept if it may be. */
  private async answer(req: PasserelleRequest, res: Response): Promise<boolean> {
    const operation = operationOf(req);
    const keepable =
      operation && this.documents.keepable(operation.query, operation.operationName ?? undefined);
    if (!keepable) return false;
    // PostgreSQL unreachable: the guard asks again and says why.
    const viewer = await this.viewers.ofRequest(req).catch(() => undefined);
    const generation = viewer?.asOf?.[keepable.generation];
    if (!viewer || generation === undefined) return false;
    const key = keyOf(viewer, req, operation);
    const kept = this.answers.get(keepable.generation, generation, key);
    if (kept) {
      if ((await this.budgets.admit(req, keepable.rootField)) !== undefined) return false;
      for (const effect of kept.effects) effect();
      res.status(200).setHeader('content-type', kept.contentType);
      res.send(kept.body);
      return true;
    }
    const effects: (() => void)[] = [];
    req.answerEffects = effects;
    const headersBefore = new Set(res.getHeaderNames());
    const send = res.send;
    res.send = (body?: unknown) => {
      res.send = send;
      const contentType = res.getHeader('content-type');
      const otherHeaders = res
        .getHeaderNames()
        .filter((name) => !headersBefore.has(name) && name !== 'content-type');
      if (
        res.statusCode === 200 &&
        typeof body === 'string' &&
        typeof contentType === 'string' &&
        otherHeaders.length === 0 &&
        isWholeAnswer(body)
      ) {
        this.answers.set(keepable.generation, generation, key, {
          body: Buffer.from(body),
          contentType,
          effects,
        });
      }
      return send.call(res, body);
    };
    return false;
  }
}
