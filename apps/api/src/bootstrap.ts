import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AuthService, ViewerService } from '@app/auth';
import { DemoSeeder } from '@app/companies';
import type { AppConfig } from '@app/config';
import { STARTUP_TASKS_LOCK_KEY, withSessionLock } from '@app/database';
import { JobQueue } from '@app/queue';
import { requestLimits } from './graphql/limits/request-limits.js';
import { apolloRefusalsInFrench } from './graphql/operations/graphql-language.js';
import { jsonBody } from './http/json-body.js';
import { serveWebApp } from './web/web-app.js';

/** Body and document limits before GraphQL sees a request (http/json-body.ts, graphql/limits/). */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.use(jsonBody(config, app.get(ViewerService)));
  const schemaHost = app.get(GraphQLSchemaHost);
  app.use('/graphql', apolloRefusalsInFrench(app.get(ViewerService)));
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
  // Several API instances may start together: one at a time checks and creates.
  await withSessionLock(app.get(DataSource), STARTUP_TASKS_LOCK_KEY, async () => {
    await app.get(AuthService).ensureAdministrator();
    if (config.SEED_DEMO) await app.get(DemoSeeder).seedIfEmpty();
  });
}
