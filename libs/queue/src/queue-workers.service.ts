import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { logConnectionErrors } from './connection-errors.js';
import { JobRegistry } from './job-registry.js';
import { QueueName } from './job-names.js';
import { redisConnectionOptions } from './redis-connection.js';

/** How many jobs of a queue one worker process runs at once. */
const CONCURRENCY: Record<QueueName, number> = {
  [QueueName.MATCHING]: 1,
  [QueueName.NOTIFICATIONS]: 5,
  [QueueName.MEETINGS]: 2,
  [QueueName.SCHEDULING]: 1,
};

/**
 * Consumes every queue in a worker process. On shutdown it stops taking jobs and waits for the
 * ones in flight, so Ctrl-C or a rolling deploy never cuts a job in half.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly registry: JobRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.registry.collect();
    for (const queue of Object.values(QueueName)) {
      const worker = new Worker(queue, (job) => this.registry.dispatch(job), {
        connection: redisConnectionOptions(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
        concurrency: CONCURRENCY[queue],
        // A killed worker's job goes back to the queue within seconds and may be retried a few times.
        lockDuration: 15_000,
        stalledInterval: 5_000,
        maxStalledCount: 3,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `Job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
        ),
      );
      logConnectionErrors(worker, this.logger, `Queue ${queue}`);
      this.workers.push(worker);
    }
    this.logger.log(`Processing queues: ${Object.values(QueueName).join(', ')}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
