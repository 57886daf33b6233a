import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Response } from 'express';
import { ApiErrorCode, COMMON_MESSAGES, requestLocale, translate, type PasserelleRequest } from '@app/common';
import { AuthService } from '@app/auth';
import { DemoSeeder } from '@app/companies';
import type { AppConfig } from '@app/config';
import { JobQueue } from '@app/queue';
import { requestLimits } from './graphql/limits/request-limits.js';
import { serveWebApp } from './web/web-app.js';

/**
 * Body limits before GraphQL sees a request: an oversized or malformed body is refused with the
 * contract's error shape, in the caller's language, and never parsed further.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  const parseJson = express.json({ limit: `${config.REQUEST_BODY_LIMIT_KB}kb` });
  app.use((req: PasserelleRequest, res: Response, next: NextFunction) =>
    parseJson(req, res, (error?: { type?: string }) => {
      if (!error) return next();
      const tooLarge = error.type === 'entity.too.large';
      const text = tooLarge ? COMMON_MESSAGES.bodyTooLarge : COMMON_MESSAGES.malformedBody;
      const message = translate(text, requestLocale(req), { limit: config.REQUEST_BODY_LIMIT_KB });
      res
        .status(tooLarge ? 413 : 400)
        .json({ errors: [{ message, extensions: { code: ApiErrorCode.BAD_USER_INPUT } }] });
    }),
  );
  app.use('/graphql', requestLimits(config));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  serveWebApp(app);
}

/** Work that needs the application but must finish before it takes requests. */
export async function runStartupTasks(app: NestExpressApplication, config: AppConfig): Promise<void> {
  await app.get(JobQueue).ready();
  await app.get(AuthService).ensureAdministrator();
  if (config.SEED_DEMO) await app.get(DemoSeeder).seedIfEmpty();
}
