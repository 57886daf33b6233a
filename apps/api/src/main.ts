import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, loadConfigOrExit, prepareBackingServices } from '@app/runtime';
import { ApiModule } from './api.module.js';
import { configureHttp, runStartupTasks } from './bootstrap.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const migrated = await prepareBackingServices(config);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  if (migrated.length > 0) logger.log(`Applied migrations: ${migrated.join(', ')}`, 'Startup');
  configureHttp(app, config);
  await runStartupTasks(app, config);
  closeOnSignals(app, (line) => logger.log(line, 'Shutdown'));
  await app.listen(config.PORT, config.HOST);
  // The address people open, as `npm start` prints it and links in emails carry it.
  const base = config.PUBLIC_URL;
  logger.log(`Passerelle API ready: web ${base}/ · GraphQL ${base}/graphql`, 'Startup');
}

void main();
