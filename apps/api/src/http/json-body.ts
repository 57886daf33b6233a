import express, { type NextFunction, type Response } from 'express';
import { ApiErrorCode, COMMON_MESSAGES, requestLocale, translate, type PasserelleRequest } from '@app/common';
import { isStaff, ViewerService } from '@app/auth';
import type { AppConfig } from '@app/config';
import { jsonDepth } from './json-depth.js';

/** Variables nest at most this deep (inputs here nest three or four levels). */
export const MAX_VARIABLES_DEPTH = 32;

/** The first operation (of a batch too) whose variables nest too deep, named as the client sent it. */
function tooDeepVariables(body: unknown): string | undefined {
  const operations = Array.isArray(body) ? body : [body];
  const index = operations.findIndex(
    (op) =>
      op !== null &&
      typeof op === 'object' &&
      jsonDepth((op as { variables?: unknown }).variables, MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH,
  );
  if (index < 0) return undefined;
  return Array.isArray(body) ? `[${index}].variables` : 'variables';
}

function declaredLength(req: PasserelleRequest): number {
  if (req.headers['transfer-encoding'] !== undefined) return Number.POSITIVE_INFINITY;
  return Number(req.headers['content-length'] ?? 0);
}

/**
 * JSON bodies up to REQUEST_BODY_LIMIT_KB; staff up to STAFF_BODY_LIMIT_KB, for the member files
 * they import from the web app (a few hundred companies in one document). Who calls is settled
 * from the bearer token before the body is read, and only for a body announced larger than the
 * common limit: nobody else's large body is ever buffered, and the usual request pays nothing.
 * An oversized or malformed body is refused with the contract's error shape, in the caller's
 * language, and never parsed further.
 */
export function jsonBody(config: AppConfig, viewers: ViewerService) {
  const common = express.json({ limit: `${config.REQUEST_BODY_LIMIT_KB}kb` });
  const staff = express.json({ limit: `${config.STAFF_BODY_LIMIT_KB}kb` });

  const parserFor = async (req: PasserelleRequest) => {
    if (declaredLength(req) <= config.REQUEST_BODY_LIMIT_KB * 1024 || !req.headers.authorization) {
      return { parse: common, limit: config.REQUEST_BODY_LIMIT_KB };
    }
    // PostgreSQL unreachable: the common limit holds, and the guard asks again and says why.
    const viewer = await viewers.ofRequest(req).catch(() => undefined);
    return viewer && isStaff(viewer)
      ? { parse: staff, limit: config.STAFF_BODY_LIMIT_KB }
      : { parse: common, limit: config.REQUEST_BODY_LIMIT_KB };
  };

  return (req: PasserelleRequest, res: Response, next: NextFunction) => {
    void parserFor(req).then(({ parse, limit }) =>
      parse(req, res, (error?: { type?: string }) => {
        const deep = error ? undefined : tooDeepVariables(req.body);
        if (deep) {
          const max = MAX_VARIABLES_DEPTH;
          res.status(400).json({
            errors: [
              {
                message: translate(COMMON_MESSAGES.tooDeep, requestLocale(req), { field: deep, max }),
                extensions: {
                  code: ApiErrorCode.BAD_USER_INPUT,
                  reason: 'VARIABLES_TOO_DEEP',
                  field: deep,
                  limit: max,
                },
              },
            ],
          });
          return;
        }
        if (!error) return next();
        const tooLarge = error.type === 'entity.too.large';
        const text = tooLarge ? COMMON_MESSAGES.bodyTooLarge : COMMON_MESSAGES.malformedBody;
        res.status(tooLarge ? 413 : 400).json({
          errors: [
            {
              message: translate(text, requestLocale(req), { limit }),
              extensions: { code: ApiErrorCode.BAD_USER_INPUT },
            },
          ],
        });
      }),
    );
  };
}
