import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AuthService, ViewerService } from '@app/auth';
import { DemoSeeder } from '@app/companies';
import type { AppConfig } from '@app/config';
import { JobQueue } from '@app/queue';
import { requestLimits } from './graphql/limits/request-limits.js';
import { jsonBody } from './http/json-body.js';
import { serveWebApp } from './web/web-app.js';

/** Body and document limits before GraphQL sees a request (http/json-body.ts, graphql/limits/). */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.use(jsonBody(config, app.get(ViewerService)));
  const schemaHost = app.get(GraphQLSchemaHost);
  app.use(
    '/graphql',
    requestLimits(config, () => schemaHost.schema),
  );
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  serveWebApp(app, { production: config.isProduction });
}

/** Work that needs the application but must finish before it takes requests. */
export async function runStartupTasks(app: NestExpressApplication, config: AppConfig): Promise<void> {
  await app.get(JobQueue).ready();
  await app.get(AuthService).ensureAdministrator();
  if (config.SEED_DEMO) await app.get(DemoSeeder).seedIfEmpty();
}
