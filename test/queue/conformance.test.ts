/**
 * The queue behaviour Pathsmith relies on, run against both backends with the same code: enqueue and
 * process, idempotent job ids, retries with backoff, stalled-job recovery, and the workers' events
 * (completed, failed, stalled).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueKit, type QueueKit } from '../../src/queue/kit.js';
import type { QueueName } from '../../src/domain/enums.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { clearRedisNamespace, TEST_REDIS_URL } from '../helpers/services.js';
import { waitFor } from '../helpers/system.js';

const fast = { lockDuration: 1000, stalledInterval: 500 };

describe.each(['postgres', 'redis'] as const)('queue conformance: %s', (backend) => {
  let db: TestDatabase;
  let kit: QueueKit;
  const namespace = `conf_${randomBytes(4).toString('hex')}`;
  const closers: Array<() => Promise<unknown>> = [];
  // Each test uses its own queue, so counts and events never mix between tests.
  const queues: QueueName[] = ['roadmap', 'content', 'logs'];
  let next = 0;
  const fresh = () => {
    const name = queues[next++];
    if (!name) throw new Error('out of queue names');
    return name;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    kit = createQueueKit({
      redisUrl: backend === 'redis' ? TEST_REDIS_URL : null,
      databaseUrl: db.url,
      namespace,
      postgresPoolMax: 4,
      connectionName: 'pathsmith:test',
    });
  });
  afterAll(async () => {
    for (const c of closers.reverse()) await c();
    await kit.close();
    if (backend === 'redis') await clearRedisNamespace(namespace);
    await db.drop();
  });

  it('enqueues and processes; a job id is idempotent; the worker emits completed for each job', async () => {
    const name = fresh();
    const queue = kit.queue<{ n: number }>(name);
    const a = await queue.add('x', { n: 1 }, { jobId: 'same-id' });
    const b = await queue.add('x', { n: 2 }, { jobId: 'same-id' });
    await queue.add('x', { n: 3 }, { jobId: 'other-id' });
    expect(b.id).toBe(a.id);
    expect((await queue.getJob('same-id'))?.data).toEqual({ n: 1 });

    const seen: number[] = [];
    const worker = kit.worker<{ n: number }>(name, async (job) => {
      seen.push(job.data.n);
      return job.data.n * 10;
    }, { concurrency: 2, ...fast });
    closers.push(() => worker.close());
    // Pathsmith relies on the worker's own events (logged by every role). Cross-process QueueEvents are best
    // effort on both backends (taskforcesh/bullmq#2517), so nothing in Pathsmith depends on them.
    const completed: string[] = [];
    worker.on('completed', (job) => completed.push(String(job.id)));
    await waitFor(async () => completed.length === 2, 10_000, 'two completed events');
    expect(seen.sort()).toEqual([1, 3]);
    expect(new Set(completed)).toEqual(new Set(['same-id', 'other-id']));
    expect((await queue.getJob('same-id'))?.returnvalue).toBe(10);
    // Re-adding a finished job's id while it is retained does not run it again.
    await queue.add('x', { n: 9 }, { jobId: 'same-id' });
    await new Promise((r) => setTimeout(r, 500));
    expect(seen.sort()).toEqual([1, 3]);
    await worker.close();
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const name = fresh();
    const queue = kit.queue<{ failTimes: number }>(name);
    const attempts: number[] = [];
    const worker = kit.worker<{ failTimes: number }>(name, async (job) => {
      attempts.push(Date.now());
      if (job.attemptsMade < job.data.failTimes) throw new Error(`fail ${job.attemptsMade}`);
      return 'ok';
    }, { concurrency: 1, ...fast });
    closers.push(() => worker.close());
    const failedEvents: string[] = [];
    worker.on('failed', (job, err) => failedEvents.push(`${job?.id}: ${err.message}`));
    await queue.add('flaky', { failTimes: 2 }, { jobId: 'flaky', attempts: 3, backoff: { type: 'fixed', delay: 200 } });
    await waitFor(async () => (await (await queue.getJob('flaky'))?.getState()) === 'completed', 10_000, 'the flaky job to complete');
    const job = await queue.getJob('flaky');
    expect(attempts).toHaveLength(3);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(180);
    expect(job?.attemptsMade).toBe(3);

    await queue.add('doomed', { failTimes: 99 }, { jobId: 'doomed', attempts: 2, backoff: { type: 'fixed', delay: 50 } });
    await waitFor(async () => (await (await queue.getJob('doomed'))?.getState()) === 'failed', 10_000, 'the doomed job to fail');
    expect((await queue.getJob('doomed'))?.failedReason).toBe('fail 1');
    // The worker reports every failed attempt, retried or final.
    expect(failedEvents).toEqual(['flaky: fail 0', 'flaky: fail 1', 'doomed: fail 0', 'doomed: fail 1']);
    await worker.close();
  });

  it('recovers a stalled job: a worker that stops renewing its lock loses the job to another', async () => {
    const name = fresh();
    const queue = kit.queue<{ v: string }>(name);
    let release: () => void = () => undefined;
    const hung = new Promise<void>((r) => (release = r));
    const first = kit.worker<{ v: string }>(name, async () => {
      await hung;
      return 'first';
    }, { concurrency: 1, ...fast });
    await queue.add('x', { v: 'a' }, { jobId: 'stall-me' });
    await waitFor(async () => (await (await queue.getJob('stall-me'))?.getState()) === 'active', 10_000, 'the job to become active');
    // A forced close stops lock renewal without finishing the job, as a crashed process would.
    await first.close(true);
    const second = kit.worker<{ v: string }>(name, async () => 'second', { concurrency: 1, ...fast });
    closers.push(() => second.close());
    const stalled: string[] = [];
    second.on('stalled', (jobId) => stalled.push(jobId));
    await waitFor(async () => (await (await queue.getJob('stall-me'))?.getState()) === 'completed', 15_000, 'the stalled job to be completed by the second worker');
    // Read the job again: a snapshot taken just before completion has no return value yet.
    const job = await queue.getJob('stall-me');
    expect(job?.returnvalue).toBe('second');
    expect(stalled).toEqual(['stall-me']);
    release();
  });
});
