import { Injectable, Module } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandler, JobName, JobQueue, QueueModule } from '@app/queue';
import { eventually } from '../support/eventually.js';
import { startServices, type Services } from '../support/services.js';

/** What a handler does with a job, by job id; a job without a script completes at once. */
type Script = (job: Job) => Promise<unknown>;

/**
 * Stands in for the domains' handlers: the worker starts only when every job has exactly one, so
 * this class handles them all, records every attempt and does what the test scripted.
 */
@Injectable()
class ScriptedHandlers {
  readonly attempts: { id: string; data: unknown }[] = [];
  readonly scripts = new Map<string, Script>();

  run(job: Job): Promise<unknown> {
    this.attempts.push({ id: job.id!, data: job.data });
    return (this.scripts.get(job.id!) ?? (async () => 'done'))(job);
  }

  attemptsOf(id: string): number {
    return this.attempts.filter((a) => a.id === id).length;
  }
}
for (const name of Object.values(JobName)) {
  const method = `handle:${name}`;
  const handle = function (this: ScriptedHandlers, _data: unknown, job: Job) {
    return this.run(job);
  };
  Object.defineProperty(ScriptedHandlers.prototype, method, { value: handle, writable: true });
  JobHandler(name)(ScriptedHandlers.prototype, method, { value: handle });
}

@Module({ providers: [ScriptedHandlers] })
class ScriptedHandlersModule {}

describe('the job queue, with BullMQ on the real Redis (medium test)', () => {
  let services: Services;
  let jobs: JobQueue;
  let handlers: ScriptedHandlers;

  /** The job as BullMQ keeps it once it reached `state` (read after: a copy read before keeps its old values). */
  const settled = async (name: JobName, id: string, state: 'completed' | 'failed') => {
    const queue = jobs.queueOf(name);
    await eventually(
      `job ${id} to be ${state}`,
      () => queue.getJobState(id),
      (found) => found === state,
    );
    return (await queue.getJob(id))!;
  };

  beforeAll(async () => {
    services = await startServices([QueueModule.forWorker(), ScriptedHandlersModule], { database: false });
    jobs = services.app.get(JobQueue);
    handlers = services.app.get(ScriptedHandlers);
  });

  // Stops the workers and closes every queue's connections.
  afterAll(() => services?.close());

  it('hands an enqueued job, with its data, to the handler registered for it', async () => {
    const id = await jobs.add(JobName.SEND_EMAIL, { emailId: 'email-1' }, { jobId: 'send-email-1' });
    expect(id).toBe('send-email-1');
    const job = await settled(JobName.SEND_EMAIL, id, 'completed');
    expect(job.returnvalue).toBe('done');
    expect(handlers.attempts.filter((a) => a.id === id)).toEqual([{ id, data: { emailId: 'email-1' } }]);
  });

  it('retries a failing job as many times as its options say, then keeps it as failed with the reason', async () => {
    handlers.scripts.set('send-email-2', async () => {
      throw new Error('the mail server refused the message');
    });
    const id = await jobs.add(
      JobName.SEND_EMAIL,
      { emailId: 'email-2' },
      { jobId: 'send-email-2', attempts: 2 },
    );
    const job = await settled(JobName.SEND_EMAIL, id, 'failed');
    expect(job.failedReason).toBe('the mail server refused the message');
    expect(job.attemptsMade).toBe(2);
    expect(handlers.attemptsOf(id)).toBe(2);
  });

  it('completes a job that failed once on its next attempt', async () => {
    handlers.scripts.set('rescore-company-1', async (job) => {
      if (job.attemptsMade === 0) throw new Error('database restarting');
      return 'rescored';
    });
    const id = await jobs.add(JobName.RESCORE_COMPANY, { companyId: 'c-1' }, { jobId: 'rescore-company-1' });
    const job = await settled(JobName.RESCORE_COMPANY, id, 'completed');
    expect(job.returnvalue).toBe('rescored');
    expect(handlers.attemptsOf(id)).toBe(2);
  });

  it('runs background work after the jobs people wait on, whatever came first', async () => {
    // Both go to the matching queue, which runs one job at a time.
    const queue = jobs.queueOf(JobName.RESCORE_COMPANY);
    await queue.pause();
    await jobs.add(
      JobName.RETRAIN_FEEDBACK,
      { companyId: 'learning' },
      { jobId: 'retrain-first', background: true },
    );
    await jobs.add(JobName.RESCORE_COMPANY, { companyId: 'edited' }, { jobId: 'profile-second' });
    await queue.resume();
    await settled(JobName.RETRAIN_FEEDBACK, 'retrain-first', 'completed');
    const order = handlers.attempts
      .map((a) => a.id)
      .filter((id) => ['retrain-first', 'profile-second'].includes(id));
    expect(order).toEqual(['profile-second', 'retrain-first']);
  });

  it('keeps one job per job id: adding it again, even at once, does not run the work twice', async () => {
    const queue = jobs.queueOf(JobName.SEND_DIGEST);
    // Paused, the queue keeps the job waiting while it is added again.
    await queue.pause();
    const data = { userId: 'user-1', period: '2031-W02' };
    const ids = await Promise.all(
      [1, 2, 3].map(() => jobs.add(JobName.SEND_DIGEST, data, { jobId: 'digest-user-1' })),
    );
    expect(ids).toEqual(['digest-user-1', 'digest-user-1', 'digest-user-1']);
    expect(await queue.count()).toBe(1);
    await queue.resume();
    const done = await settled(JobName.SEND_DIGEST, 'digest-user-1', 'completed');
    expect(handlers.attemptsOf('digest-user-1')).toBe(1);

    // Once done, the same id is still the same job: nothing is queued again.
    await jobs.add(JobName.SEND_DIGEST, data, { jobId: 'digest-user-1' });
    expect(await queue.count()).toBe(0);
    expect((await queue.getJob('digest-user-1'))?.timestamp).toBe(done.timestamp);
  });
});
