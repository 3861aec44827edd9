/**
 * The reconciler (rules 1 and 11): work the queue no longer has is created again from PostgreSQL, with the
 * same ids, and it never doubles work that is live — it acts only on two rounds in a row of the queue saying
 * "no live job".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBareRoadmap } from '../helpers/db.js';
import { clearRedisNamespace } from '../helpers/services.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';
import { enqueueRoadmap } from '../../src/queue/enqueue.js';
import { withTransaction } from '../../src/store/db.js';
import { addVersion } from '../../src/store/sql/content.js';
import { Reconciler } from '../../src/workers/content/reconciler.js';
import { randomUUID } from 'node:crypto';
import { moduleJobId } from '../../src/queue/jobs.js';
import { finishRegeneration, insertRegeneration } from '../../src/store/sql/module-regenerations.js';

const statusOf = async (sys: TestSystem, id: string) =>
  (await sys.api.pool.query<{ status: string; step: string; job_seq: number; attempts: number }>('SELECT status, step, job_seq, attempts FROM roadmaps WHERE id = $1', [id])).rows[0]!;

describe.each(['postgres', 'redis'] as const)('reconciler rounds (%s), no content worker running', (backend) => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem(backend, { content: false, env: { RECONCILE_GRACE_MS: '0' } });
  });
  afterAll(() => sys?.close());

  it('leaves live work alone, and rescues a queued roadmap without a job only on the second round that finds none', async () => {
    const reconciler = new Reconciler(sys.api);
    const live = await insertBareRoadmap(sys.api.pool, 'Learn Kubernetes');
    await enqueueRoadmap(sys.api.queues, sys.config, { roadmapId: live, requestId: null }, 0);
    const lost = await insertBareRoadmap(sys.api.pool, 'Learn Rust', 'crashed-request');

    const first = await reconciler.round();
    expect(first.rescued).toEqual([]);
    expect((await statusOf(sys, lost)).job_seq).toBe(0);

    const second = await reconciler.round();
    expect(second.rescued).toEqual([lost]);
    expect(await statusOf(sys, lost)).toMatchObject({ status: 'queued', job_seq: 1 });
    const job = await sys.api.queues.queue('roadmap').getJob(`roadmap-${lost}-1`);
    expect(job?.data).toMatchObject({ roadmapId: lost, seq: 1, requestId: 'crashed-request' });
    // The roadmap with a waiting job was never touched.
    expect((await statusOf(sys, live)).job_seq).toBe(0);
    expect((await reconciler.round()).rescued).toEqual([]);
  });

  it('re-creates the job of a pending module regeneration the queue does not have, and leaves a live one alone', async () => {
    const reconciler = new Reconciler(sys.api);
    const roadmapId = await insertBareRoadmap(sys.api.pool, 'Learn SQL');
    await sys.api.pool.query(`UPDATE roadmaps SET status = 'completed' WHERE id = $1`, [roadmapId]);
    const regenerationId = randomUUID();
    await insertRegeneration(sys.api.pool, { id: regenerationId, roadmapId, moduleId: 'm1', userId: null, instructions: 'shorter' });
    const queue = sys.api.queues.queue('content');
    expect(await queue.getJobState(moduleJobId(regenerationId))).toBe('unknown');
    expect((await reconciler.round()).rescued).toContain(roadmapId);
    expect((await queue.getJob(moduleJobId(regenerationId)))?.data).toMatchObject({ roadmapId, regenerationId });
    expect((await reconciler.round()).rescued).not.toContain(roadmapId);
    await finishRegeneration(sys.api.pool, regenerationId, 'failed', { code: 'TEST', message: 'done with' });
  });
});

describe.each(['postgres', 'redis'] as const)('reconciler in a running system (%s)', (backend) => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem(backend, { env: { RECONCILE_INTERVAL_MS: '300', RECONCILE_GRACE_MS: '200', OFFLINE_LLM_DELAY_MS: '60' } });
  });
  afterAll(() => sys?.close());

  const create = async (goal: string) => {
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ goal, hoursPerWeek: 4, weeks: 4 }) });
    return ((await res.json()) as { id: string }).id;
  };
  const completed = (id: string) => waitFor(async () => (await statusOf(sys, id)).status === 'completed', 60_000, `roadmap ${id} to complete`);

  it('a roadmap row left without its job (a crash between insert and enqueue) still runs, once', async () => {
    const id = await insertBareRoadmap(sys.api.pool, 'Learn Kubernetes', 'crashed-request');
    await completed(id);
    expect((await statusOf(sys, id)).attempts).toBe(1);
  });

  it('every job lost mid-content (the queue wiped while no worker ran): completes with one version per piece and one outcome', async () => {
    // Stop the system's content worker once some content exists, so the rest waits in the queue; then lose it.
    const id = await create('Learn React');
    await waitFor(async () => {
      const { rows } = await sys.api.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM concept_content WHERE roadmap_id = $1 AND status = 'completed'`, [id]);
      return rows[0]!.n >= 3;
    }, 30_000, 'some content');
    await sys.stopContentWorker();
    const before = await sys.api.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM concept_content WHERE roadmap_id = $1 AND status <> 'completed'`, [id]);
    expect(before.rows[0]!.n).toBeGreaterThan(0);
    if (backend === 'redis') await clearRedisNamespace(sys.config.QUEUE_NAMESPACE);
    else await sys.api.pool.query(`DELETE FROM bullmq.job WHERE queue IN ('roadmap', 'content')`);
    await sys.startContentWorker();
    await completed(id);
    const { rows } = await sys.api.pool.query<{ versions: number; status: string }>(
      `SELECT count(*)::int AS versions, min(status) AS status FROM concept_content WHERE roadmap_id = $1 GROUP BY concept_id, kind`,
      [id],
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r).toEqual({ versions: 1, status: 'completed' });
    const outcomes = await waitFor(async () => {
      const q = await sys.api.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM execution_logs WHERE roadmap_id = $1 AND details->>'status' = 'completed'`, [id]);
      return q.rows[0]!.n > 0 ? q.rows[0]!.n : undefined;
    }, 10_000, 'the outcome event');
    expect(outcomes).toBe(1);
    // It was the reconciler: the run got a new job generation.
    expect((await statusOf(sys, id)).job_seq).toBe(1);
  }, 90_000);

  it('a regeneration of a finished roadmap whose job is gone is generated anyway', async () => {
    const id = await create('Learn Go');
    await completed(id);
    const { rows } = await sys.api.pool.query<{ concept_id: string }>('SELECT concept_id FROM concept_content WHERE roadmap_id = $1 LIMIT 1', [id]);
    const conceptId = rows[0]!.concept_id;
    // The version is stored, but its job never reaches the queue.
    const added = await withTransaction(sys.api.pool, (c) => addVersion(c, { roadmapId: id, conceptId, kind: 'quiz' }, 'harder questions'));
    expect(added).toEqual({ added: true, version: 2 });
    await waitFor(async () => {
      const q = await sys.api.pool.query<{ status: string }>(`SELECT status FROM concept_content WHERE roadmap_id = $1 AND concept_id = $2 AND kind = 'quiz' AND version = 2`, [id, conceptId]);
      return q.rows[0]?.status === 'completed';
    }, 30_000, 'the regenerated quiz');
    expect((await statusOf(sys, id)).status).toBe('completed');
  }, 90_000);
});
