import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { JobsOptions, Queue } from 'bullmq';
import { JOB_QUEUE, type JobName, type JobPayloads } from './job-names.js';

export interface EnqueueOptions {
  /**
   * A deterministic id (e.g. `${companyId}-rescore`) makes the job idempotent: while one with
   * that id is waiting, adding it again does nothing.
   */
  jobId?: string;
  delayMs?: number;
  attempts?: number;
}

/** The one way to enqueue: picks the job's queue and applies the retry policy. */
@Injectable()
export class JobQueue {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {}

  queueOf(name: JobName): Queue {
    const queueName = JOB_QUEUE[name];
    let queue = this.queues.get(queueName);
    if (!queue) {
      queue = this.moduleRef.get<Queue>(getQueueToken(queueName), { strict: false });
      this.queues.set(queueName, queue);
    }
    return queue;
  }

  /**
   * Waits until every queue's connection is up. Enqueueing fails fast while Redis is away (reads
   * must not wait on it), so work done right after start-up (the demo seed, an import) waits here.
   */
  async ready(): Promise<void> {
    const names = [...new Set(Object.keys(JOB_QUEUE) as JobName[])];
    await Promise.all(names.map((name) => this.queueOf(name).waitUntilReady()));
  }

  async add<N extends JobName>(name: N, data: JobPayloads[N], options: EnqueueOptions = {}): Promise<string> {
    const jobOptions: JobsOptions = {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts ?? 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
    const job = await this.queueOf(name).add(name, data, jobOptions);
    return job.id ?? '';
  }
}
