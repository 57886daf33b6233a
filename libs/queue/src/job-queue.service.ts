import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { JobsOptions, Queue } from 'bullmq';
import { logConnectionErrors } from './connection-errors.js';
import { JOB_QUEUE, QueueName, type JobName, type JobPayloads } from './job-names.js';

export interface EnqueueOptions {
  /**
   * A deterministic id (e.g. `${companyId}-rescore`) makes the job idempotent: while one with
   * that id is waiting, adding it again does nothing.
   */
  jobId?: string;
  delayMs?: number;
  attempts?: number;
  /**
   * Work no one is waiting on (learning from feedback): it yields to every job without this flag
   * in its queue, such as a changed profile's rescoring, whatever their order of arrival.
   */
  background?: boolean;
}

/** BullMQ runs jobs without a priority first, then by priority, lowest number first. */
const BACKGROUND_PRIORITY = 10;

/** The one way to enqueue: picks the job's queue and applies the retry policy. */
@Injectable()
export class JobQueue implements OnModuleInit {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName))
      logConnectionErrors(this.queue(name), this.logger, `Queue ${name}`);
  }

  queueOf(name: JobName): Queue {
    return this.queue(JOB_QUEUE[name]);
  }

  private queue(queueName: QueueName): Queue {
    let queue = this.queues.get(queueName);
    if (!queue) {
      queue = this.moduleRef.get<Queue>(getQueueToken(queueName), { strict: false });
      this.queues.set(queueName, queue);
    }
    return queue;
  }

  /**
   * Waits (a few seconds at most) until every queue's connection is up. Enqueueing fails fast
   * while Redis is away (reads must not wait on it), so work done right after start-up (the demo
   * seed, an import) waits here; start-up itself never hangs on Redis.
   */
  async ready(timeoutMs = 5_000): Promise<boolean> {
    const names = Object.keys(JOB_QUEUE) as JobName[];
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const connected = Promise.all(names.map((name) => this.queueOf(name).waitUntilReady())).then(() => true);
    const ready = await Promise.race([connected, timedOut]);
    clearTimeout(timer);
    if (!ready) this.logger.warn('Redis is not answering: jobs cannot be queued until it is back.');
    return ready;
  }

  async add<N extends JobName>(name: N, data: JobPayloads[N], options: EnqueueOptions = {}): Promise<string> {
    const jobOptions: JobsOptions = {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts ?? 5,
      priority: options.background ? BACKGROUND_PRIORITY : undefined,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
    const job = await this.queueOf(name).add(name, data, jobOptions);
    return job.id ?? '';
  }
}
