import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { closeOnSignals, loadConfigOrExit, prepareBackingServices } from '@app/runtime';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await prepareBackingServices(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  closeOnSignals(app, (line) => logger.log(line, 'Shutdown'));
  logger.log('Passerelle worker ready', 'Startup');
}

void main();
