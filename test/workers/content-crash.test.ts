/**
 * A content worker killed with SIGKILL in the middle of a roadmap: the queue's stalled-job mechanism hands the
 * job to a new worker, which resumes after the last checkpoint, and the roadmap completes exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';
import { spawnPathsmith, type Spawned } from '../helpers/processes.js';

describe.each(['redis', 'postgres'] as const)('content worker SIGKILL mid-job (%s)', (backend) => {
  let sys: TestSystem;
  const workers: Spawned[] = [];
  beforeAll(async () => {
    sys = await startSystem(backend, { content: false });
  });
  afterAll(async () => {
    for (const w of workers) if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGKILL');
    await sys?.close();
  });

  const startWorker = (delayMs: number) => {
    const w = spawnPathsmith(['worker', 'content'], {
      DATABASE_URL: sys.config.DATABASE_URL,
      REDIS_URL: sys.config.REDIS_URL,
      QUEUE_NAMESPACE: sys.config.QUEUE_NAMESPACE,
      // Slow steps so the kill lands mid-run; short locks so the stalled job is found in seconds.
      OFFLINE_LLM_DELAY_MS: String(delayMs),
      JOB_LOCK_MS: '2000',
      STALLED_INTERVAL_MS: '1000',
      LOG_LEVEL: 'info',
      LOG_FLUSH_MS: '50',
    });
    workers.push(w);
    return w;
  };

  it('completes exactly once after a restart, resuming at the first unfinished step', async () => {
    const first = startWorker(1500);
    await first.waitForLine((l) => l.msg === 'content worker ready');
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ goal: 'Learn TypeScript', weeks: 6 }),
    });
    const { id } = (await res.json()) as { id: string };

    // Kill while the outline step runs: intent analysis is checkpointed, the outline is not.
    await waitFor(async () => {
      const { rows } = await sys.api.pool.query('SELECT key FROM step_checkpoints WHERE roadmap_id = $1', [id]);
      return rows.length === 1 && rows[0].key === 'intent_analysis';
    }, 20_000, 'the intent checkpoint');
    const killedAt = new Date();
    first.proc.kill('SIGKILL');
    await first.exited;

    startWorker(0);
    const done = await waitFor(async () => {
      const { rows } = await sys.api.pool.query('SELECT status, attempts, outline FROM roadmaps WHERE id = $1', [id]);
      return rows[0]?.status === 'completed' ? rows[0] : undefined;
    }, 40_000, 'the roadmap to complete after the restart');
    expect(done.attempts).toBe(2);
    expect(done.outline.stages.length).toBeGreaterThan(0);

    const { rows: checkpoints } = await sys.api.pool.query<{ key: string; created_at: Date }>(
      'SELECT key, created_at FROM step_checkpoints WHERE roadmap_id = $1 ORDER BY created_at',
      [id],
    );
    expect(checkpoints.map((c) => c.key)).toEqual(['intent_analysis', 'outline', 'validation-0']);
    expect(checkpoints[0]!.created_at.getTime()).toBeLessThan(killedAt.getTime());

    const messages = await waitFor(async () => {
      const { rows } = await sys.api.pool.query<{ message: string }>('SELECT message FROM execution_logs WHERE roadmap_id = $1 ORDER BY seq, id', [id]);
      return rows.some((r) => r.message === 'Roadmap completed') ? rows.map((r) => r.message) : undefined;
    }, 10_000, 'the completion log');
    const count = (m: string) => messages.filter((x) => x === m).length;
    expect(count('Roadmap completed')).toBe(1);
    expect(count('Step intent_analysis started')).toBe(1);
    expect(count('Step intent_analysis completed')).toBe(1);
    expect(count('Step validation-0 completed')).toBe(1);
    expect(messages).toContain('Roadmap generation resumed (run 2)');

    const job = await sys.api.queues.queue('roadmap').getJob(`roadmap-${id}`);
    expect(await job?.getState()).toBe('completed');
  }, 90_000);

  it('killed during content generation: completes with exactly one current piece per concept and kind', async () => {
    const first = startWorker(400);
    await first.waitForLine((l) => l.msg === 'content worker ready');
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ goal: 'Learn React', hoursPerWeek: 8, weeks: 6 }),
    });
    const { id } = (await res.json()) as { id: string };
    const completed = async () =>
      (await sys.api.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM concept_content WHERE roadmap_id = $1 AND status = 'completed'`, [id])).rows[0]!.n;
    await waitFor(async () => (await completed()) >= 3, 30_000, 'some content to be generated');
    first.proc.kill('SIGKILL');
    await first.exited;
    const total = (await sys.api.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM concept_content WHERE roadmap_id = $1', [id])).rows[0]!.n;
    expect(await completed()).toBeLessThan(total);

    startWorker(0);
    await waitFor(async () => {
      const { rows } = await sys.api.pool.query('SELECT status FROM roadmaps WHERE id = $1', [id]);
      return rows[0]?.status === 'completed';
    }, 60_000, 'the roadmap to complete after the restart');
    const { rows } = await sys.api.pool.query<{ concept_id: string; kind: string; versions: number; status: string }>(
      `SELECT concept_id, kind, count(*)::int AS versions, min(status) AS status FROM concept_content WHERE roadmap_id = $1 GROUP BY 1, 2`,
      [id],
    );
    expect(rows.length).toBe(total);
    for (const r of rows) expect(r, `${r.concept_id}/${r.kind}`).toMatchObject({ versions: 1, status: 'completed' });
    // Each piece announced itself exactly once, and the roadmap's outcome too.
    const messages = await waitFor(async () => {
      const q = await sys.api.pool.query<{ message: string }>('SELECT message FROM execution_logs WHERE roadmap_id = $1', [id]);
      return q.rows.some((m) => m.message === 'Roadmap completed') ? q.rows.map((m) => m.message) : undefined;
    }, 10_000, 'the completion log');
    expect(messages.filter((m) => / ready \(v1\)$/.test(m))).toHaveLength(total);
    expect(messages.filter((m) => m === 'Roadmap completed')).toHaveLength(1);
  }, 120_000);
});
