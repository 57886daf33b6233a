import { type INestApplicationContext, Module, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { AppConfigModule, loadConfig, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { JobQueue, QueueModule } from '@app/queue';
import { REDIS, RedisModule } from '@app/redis';
import { createTestDatabase } from './test-database.js';

/** The medium tier: services and their repositories in a Nest context, called directly (no HTTP). */
export interface Services {
  app: INestApplicationContext;
  config: AppConfig;
  close(): Promise<void>;
}

@Module({})
class ServicesUnderTest {}

/**
 * A context of just `imports` (besides the configuration and Redis), on a Redis key prefix and,
 * unless `database` is false, a database cloned from the migrated template, both of the test
 * file's own. `env` sets configuration variables (limits, quotas).
 */
export async function startServices(
  imports: NonNullable<ModuleMetadata['imports']>,
  { env = {}, database = true }: { env?: Record<string, string>; database?: boolean } = {},
): Promise<Services> {
  const testDatabase = database ? await createTestDatabase() : undefined;
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...(testDatabase ? { DATABASE_URL: testDatabase.url } : {}),
    QUEUE_PREFIX: `test_${randomBytes(5).toString('hex')}`,
    ...env,
  });
  const modules = [AppConfigModule.forRoot(config), RedisModule, ...(testDatabase ? [DatabaseModule] : [])];
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(
      { module: ServicesUnderTest, imports: [...modules, ...imports] },
      { logger: false, abortOnError: false },
    );
    // The client fails open while it connects (rate limits let every call through): start once it is up.
    const redis = app.get<Redis>(REDIS);
    if (redis.status !== 'ready') await once(redis, 'ready');
    // Enqueueing fails fast while the queues connect, so a context that enqueues waits for them too.
    const enqueues = imports.some((i) => 'module' in i && i.module === QueueModule);
    if (enqueues && !(await app.get(JobQueue).ready(30_000)))
      throw new Error('the job queues did not connect');
  } catch (error) {
    await app?.close();
    await testDatabase?.drop();
    throw error;
  }
  const started = app;
  return {
    app: started,
    config,
    async close() {
      await started.close();
      await testDatabase?.drop();
    },
  };
}
