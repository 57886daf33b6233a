import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@app/config';
import { ApiModule } from '../../apps/api/src/api.module.js';
import { configureHttp, runStartupTasks } from '../../apps/api/src/bootstrap.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { createTestDatabase } from './test-database.js';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> & { code: string } }[];
}

export interface CallOptions {
  token?: string;
  language?: string;
  headers?: Record<string, string>;
}

/** One API process: its app, and calls to it. */
export interface ApiInstance {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<GraphqlResponse<T>>;
}

/** Another API instance, which the test may stop before the rest. */
export interface OtherApiInstance extends ApiInstance {
  close(): Promise<void>;
}

export interface TestApp extends ApiInstance {
  config: AppConfig;
  /** Another API instance on the same database and Redis prefix, as a second server would be. */
  startApiInstance(): Promise<OtherApiInstance>;
  /** A `logger` sees what the worker logs (none by default). */
  startWorker(options?: { logger?: LoggerService }): Promise<INestApplicationContext>;
  close(): Promise<void>;
}

/**
 * The real API on a database and a Redis key prefix of the test file's own, so test files never
 * see each other's data; `startWorker` runs the background worker in the same process.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    // Impressions are written when a test or a report asks: a write on a timer would land inside
    // the statements a test counts.
    IMPRESSION_FLUSH_SECONDS: '86400',
    DATABASE_URL: database.url,
    QUEUE_PREFIX: `test_${randomBytes(5).toString('hex')}`,
    ...env,
  });
  let first: ApiInstance;
  try {
    first = await startApi(config);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const workers: INestApplicationContext[] = [];
  const others = new Set<ApiInstance>();

  return {
    ...first,
    config,
    async startApiInstance() {
      const other = await startApi(config);
      others.add(other);
      return {
        ...other,
        async close() {
          if (others.delete(other)) await other.app.close();
        },
      };
    },
    async startWorker(options = {}) {
      const worker = await NestFactory.createApplicationContext(WorkerModule.register(config), {
        logger: options.logger ?? false,
        abortOnError: false,
      });
      workers.push(worker);
      return worker;
    },
    async close() {
      for (const worker of workers) await worker.close();
      for (const other of others) await other.app.close();
      await first.app.close();
      await database.drop();
    },
  };
}

async function startApi(config: AppConfig): Promise<ApiInstance> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register(config), {
    logger: false,
    bodyParser: false,
    abortOnError: false,
  });
  configureHttp(app, config);
  await runStartupTasks(app, config);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    http: () => request(server),
    async gql(query, variables = {}, options = {}) {
      let call = request(server).post('/graphql').set('content-type', 'application/json');
      if (options.token) call = call.set('authorization', `Bearer ${options.token}`);
      if (options.language) call = call.set('accept-language', options.language);
      for (const [name, value] of Object.entries(options.headers ?? {})) call = call.set(name, value);
      const response = await call.send({ query, variables });
      return { status: response.status, ...response.body };
    },
  };
}
