import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JOB_HANDLER } from './job-handler.decorator.js';
import { JobName } from './job-names.js';

type Handler = (data: unknown, job: Job) => Promise<unknown>;

/**
 * Finds every `@JobHandler` and refuses to start when a job has no handler or two: a job that
 * nobody processes would wait forever, and two handlers would run it twice.
 */
@Injectable()
export class JobRegistry {
  private readonly handlers = new Map<string, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  collect(): void {
    const found = new Map<string, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = this.reflector.get<string | undefined>(JOB_HANDLER, prototype[method]);
        if (!name) continue;
        found.set(name, [...(found.get(name) ?? []), `${prototype.constructor.name}.${method}`]);
        const fn = instance[method] as (data: unknown, job: Job) => Promise<unknown>;
        this.handlers.set(name, (data, job) => fn.call(instance, data, job));
      }
    }
    const problems: string[] = [];
    for (const name of Object.values(JobName)) {
      const where = found.get(name) ?? [];
      if (where.length === 0) problems.push(`job "${name}" has no handler`);
      if (where.length > 1) problems.push(`job "${name}" has ${where.length} handlers: ${where.join(', ')}`);
    }
    for (const name of found.keys()) {
      if (!(Object.values(JobName) as string[]).includes(name))
        problems.push(`handler for unknown job "${name}"`);
    }
    if (problems.length > 0) throw new Error(`Job registry is inconsistent:\n  - ${problems.join('\n  - ')}`);
  }

  async dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    return handler(job.data, job);
  }
}
