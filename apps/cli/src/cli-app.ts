import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { JobQueue, QueueModule } from '@app/queue';
import { RedisModule } from '@app/redis';
import { loadConfigOrExit, prepareBackingServices } from '@app/runtime';
import { CLI_DOMAIN_MODULES } from './cli-domain-modules.js';

@Module({})
class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        QueueModule.forProducer(),
        ...CLI_DOMAIN_MODULES,
      ],
    };
  }
}

/** Runs a command that needs the domain services, on a migrated database, then closes cleanly. */
export async function withCliApp<T>(
  work: (app: INestApplicationContext, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = loadConfigOrExit();
  await prepareBackingServices(config);
  const app = await NestFactory.createApplicationContext(CliModule.register(config), {
    logger: ['error', 'warn'],
  });
  try {
    await app.get(JobQueue).ready();
    return await work(app, config);
  } finally {
    await app.close();
  }
}
