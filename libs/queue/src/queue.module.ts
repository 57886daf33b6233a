import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobQueue } from './job-queue.service.js';
import { JobRegistry } from './job-registry.js';
import { QueueName } from './job-names.js';
import { QueueWorkers } from './queue-workers.service.js';
import { redisConnectionOptions } from './redis-connection.js';

const queues = Object.values(QueueName).map((name) => ({ name }));

/**
 * BullMQ connection and queues. `forProducer` lets a process enqueue (the API); `forWorker`
 * also consumes every queue with the handlers found in the application.
 */
@Global()
@Module({})
export class QueueModule {
  private static base(): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: { ...redisConnectionOptions(config.REDIS_URL), enableOfflineQueue: false },
            prefix: config.QUEUE_PREFIX,
          }),
        }),
        BullModule.registerQueue(...queues),
      ],
      providers: [JobQueue],
      exports: [JobQueue, BullModule],
    };
  }

  static forProducer(): DynamicModule {
    return QueueModule.base();
  }

  static forWorker(): DynamicModule {
    const base = QueueModule.base();
    return {
      ...base,
      imports: [...(base.imports ?? []), DiscoveryModule],
      providers: [...(base.providers ?? []), JobRegistry, QueueWorkers],
    };
  }
}
