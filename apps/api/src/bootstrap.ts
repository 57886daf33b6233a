import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { AppConfig } from '@app/config';

/** Body limits before GraphQL sees a request: an oversized body is refused, not parsed. */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.use(express.json({ limit: `${config.REQUEST_BODY_LIMIT_KB}kb` }));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
}

/** Work that needs the application but must finish before it takes requests. */
export async function runStartupTasks(_app: NestExpressApplication, _config: AppConfig): Promise<void> {
  return;
}
