/**
 * The faults of issue 9 and the one way every fault test and the soak run them. A phase: three quarters of a
 * batch are submitted and left to get into their content — more concept lanes than a content worker runs at
 * once, so the queue also holds waiting jobs; the last quarter is submitted just before the fault, so it meets
 * the fault in its workflow steps; the fault lasts its time while a client keeps asking and watching; then the
 * batch must settle within the bound, and the invariants are read from PostgreSQL.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { contentJobId } from '../../src/queue/jobs.js';
import { conceptsOf, type Outline } from '../../src/domain/roadmap.js';
import { watchClient, type ClientSeen } from './client-probe.js';
import { LLM_PLAN, type FaultSystem } from './fault-system.js';
import { checkInvariants, settle, settleBoundMs, snapshotPieces, type Expected, type InvariantReport } from './invariants.js';
import { waitFor } from './system.js';

export const FAULT_NAMES = [
  'kill-api', 'kill-content', 'kill-logs', 'postgres-20s', 'postgres-90s', 'redis-data-lost', 'redis-aof', 'llm-500-60s', 'stalled-limit',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

interface Fault {
  title: string;
  /** How long applying it takes at most, for the test's timeout. */
  lastsMs: number;
  /** How often the client asks for a roadmap while the fault lasts: a handful of requests per fault. */
  askEveryMs: number;
  /** What the system must be doing for the fault to mean something, beyond being mid-run. */
  needs?: { what: string; check(sys: FaultSystem): Promise<boolean> };
  /** Applies the fault to a batch in flight and resolves once it has cleared; returns the roadmaps it fails for good. */
  apply(sys: FaultSystem, batch: readonly string[]): Promise<string[]>;
}

const killed = (role: 'api' | 'content' | 'logs'): Fault => ({
  title: `${role === 'api' ? 'api' : `${role} worker`} SIGKILLed and started again`,
  lastsMs: 30_000,
  askEveryMs: 500,
  apply: async (sys) => {
    await sys.restart(role);
    return [];
  },
});

const postgresStopped = (seconds: number): Fault => ({
  title: `PostgreSQL stopped for ${seconds} s`,
  lastsMs: seconds * 1000 + 10_000,
  askEveryMs: (seconds * 1000) / 4,
  apply: async (sys) => {
    await sys.pg.stop();
    await sleep(seconds * 1000);
    await sys.pg.start();
    return [];
  },
});

/** A Redis container's restart: the clients see it gone for a few seconds. */
const REDIS_DOWN_MS = 3000;

const redisKilled = (keepData: boolean): Fault => ({
  title: keepData ? 'Redis (AOF, fsync always) SIGKILLed and restarted' : 'Redis SIGKILLed and restarted empty (data lost)',
  lastsMs: 10_000,
  askEveryMs: 750,
  // Only jobs that wait in Redis are lost with it (an active one lives on in its worker's memory).
  needs: { what: 'content jobs waiting in the queue', check: async (sys) => (await sys.queues.queue('content').getWaitingCount()) >= 4 },
  apply: async (sys) => {
    if (!sys.redis) throw new Error('this fault needs the Redis queue backend');
    if (keepData && !sys.redis.appendOnly) throw new Error('a restart that keeps the data needs Redis with AOF');
    await sys.redis.kill();
    await sleep(REDIS_DOWN_MS);
    await sys.redis.start({ wipe: !keepData });
    return [];
  },
});

export const FAULTS: Record<FaultName, Fault> = {
  'kill-api': killed('api'),
  'kill-content': killed('content'),
  'kill-logs': killed('logs'),
  'postgres-20s': postgresStopped(20),
  'postgres-90s': postgresStopped(90),
  'redis-data-lost': redisKilled(false),
  'redis-aof': redisKilled(true),
  'llm-500-60s': {
    title: 'LLM answering 500 to every call for 60 s',
    lastsMs: 60_000,
    askEveryMs: 15_000,
    apply: async (sys) => {
      sys.llm.setFaults({ ...LLM_PLAN, rate500: 1 });
      await sleep(60_000);
      sys.llm.setFaults(LLM_PLAN);
      return [];
    },
  },
  'stalled-limit': {
    title: 'a content job failed on its stalled limit (its worker SIGKILLed 3× while on it)',
    // Up to four waits of 60 s: three deliveries to kill, then the queue's failure (see stalledLimit).
    lastsMs: 240_000,
    askEveryMs: 10_000,
    apply: stalledLimit,
  },
};

/** A batch of ten gets its first pieces within seconds; this only bounds a system that does not start. */
const MID_RUN_DEADLINE_MS = 120_000;

export interface PhaseResult {
  fault: FaultName;
  title: string;
  /** How long the fault lasted, from its start until it had cleared. */
  faultMs: number;
  /** How long after the fault cleared the batch settled, or null if it had not within the bound. */
  settledMs: number | null;
  boundMs: number;
  /** Every roadmap the phase checked: its batch and those accepted while the fault lasted. */
  accepted: string[];
  /** Those the fault was meant to fail for good. */
  permanent: string[];
  client: ClientSeen;
  report: InvariantReport;
}

/** Runs one fault against a fresh batch of `roadmaps`; `say` hears how far it got (the soak prints it). */
export async function runFaultPhase(sys: FaultSystem, fault: FaultName, roadmaps: number, say: (line: string) => void = () => undefined): Promise<PhaseResult> {
  const f = FAULTS[fault];
  const first = await sys.submit(Math.ceil((roadmaps * 3) / 4));
  await waitForMidRun(sys, first, f.needs);
  const before = await snapshotPieces(sys.db, first);
  const second = await sys.submit(roadmaps - first.length);
  say(`${first.length} roadmaps under way (${before.size} pieces stored), ${second.length} just submitted; fault: ${f.title}`);
  const probe = watchClient(sys, { askEveryMs: f.askEveryMs, follow: second.at(-1) ?? first.at(-1)! });
  const started = Date.now();
  const permanent = await f.apply(sys, first);
  const faultMs = Date.now() - started;
  await probe.stopAsking();
  const accepted = [...first, ...second, ...probe.accepted];
  const boundMs = settleBoundMs(accepted.length);
  say(`fault cleared after ${Math.round(faultMs / 1000)} s; waiting up to ${Math.round(boundMs / 1000)} s for ${accepted.length} roadmaps to settle`);
  const settledMs = await settle(sys.db, accepted, boundMs);
  const client = await probe.finish(settledMs !== null);
  const expected = (id: string): Expected => (permanent.includes(id) ? 'partial-or-failed' : 'completed');
  const report = await checkInvariants(sys, { accepted, before, expected });
  return { fault, title: f.title, faultMs, settledMs, boundMs, accepted, permanent, client, report };
}

/** How long a test of one phase may take: the batch getting under way, the fault, the bound, the report. */
export function phaseTimeoutMs(fault: FaultName, roadmaps: number): number {
  const REPORT_MS = 30_000;
  const f = FAULTS[fault];
  return MID_RUN_DEADLINE_MS + f.lastsMs + settleBoundMs(roadmaps + Math.ceil(f.lastsMs / f.askEveryMs)) + REPORT_MS;
}

/**
 * A batch is mid-run when it has stored some pieces (two per roadmap; each has about 25), is not finished,
 * and the system does what the fault needs.
 */
async function waitForMidRun(sys: FaultSystem, ids: readonly string[], needs: Fault['needs']): Promise<void> {
  await waitFor(async () => {
    const { rows } = await sys.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM concept_content WHERE roadmap_id = ANY($1::uuid[]) AND status = 'completed'`,
      [ids],
    );
    return rows[0]!.n >= 2 * ids.length && (!needs || (await needs.check(sys)));
  }, MID_RUN_DEADLINE_MS, `the batch to be well into its content${needs ? `, with ${needs.what}` : ''}`);
  const { rows } = await sys.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM roadmaps WHERE id = ANY($1::uuid[]) AND status IN ('queued', 'running')`,
    [ids],
  );
  if (rows[0]!.n === 0) throw new Error('the batch finished before the fault could land mid-run');
}

/**
 * One concept job that kills its worker on every delivery: its answers are slowed down so each SIGKILL lands
 * while the job is active, until the queue fails it for good — three kills with BullMQ's maxStalledCount of 2.
 * A kill waits until no other active job has stalled before, so only the target exhausts its stalls.
 */
async function stalledLimit(sys: FaultSystem, batch: readonly string[]): Promise<string[]> {
  const MAX_DELIVERIES = 6;
  const target = await aimAtUnstartedConcept(sys, batch);
  const job = `content job ${target.jobId}`;
  const failedReason = async () => {
    const j = await sys.queues.queue('content').getJob(target.jobId);
    return j && (await j.getState()) === 'failed' ? j.failedReason || 'no reason' : undefined;
  };
  let failed: string | undefined;
  for (let delivery = 1; !failed; delivery++) {
    if (delivery > MAX_DELIVERIES) throw new Error(`${job} was killed ${MAX_DELIVERIES} times and the queue still has not failed it`);
    const next = await waitFor(async () => {
      const reason = await failedReason();
      if (reason) return { failed: reason };
      const onIt = sys.llm.requests.some((r) => r.goal === target.goal && r.conceptId === target.conceptId && r.task === 'tutorial' && r.endedAt === undefined);
      if (!onIt) return undefined;
      const active = [...(await sys.queues.queue('content').getActive()), ...(await sys.queues.queue('roadmap').getActive())];
      return active.every((j) => j.id === target.jobId || (j.stalledCounter ?? 0) === 0) ? { failed: undefined } : undefined;
    }, 60_000, `the content worker to be on ${job} (delivery ${delivery}), or the queue to fail it`);
    failed = next.failed;
    if (!failed) await sys.restart('content');
  }
  if (!/stalled/.test(failed)) throw new Error(`${job} failed, but not on its stalled limit: ${failed}`);
  sys.llm.setFaults(LLM_PLAN);
  return [target.roadmapId];
}

/** A roadmap of the batch and a concept of it whose content has not started, with its answers slowed down. */
async function aimAtUnstartedConcept(sys: FaultSystem, batch: readonly string[]) {
  for (const roadmapId of batch) {
    const { rows } = await sys.db.query<{ outline: Outline | null; job_seq: number }>('SELECT outline, job_seq FROM roadmaps WHERE id = $1', [roadmapId]);
    const goal = sys.goalOf(roadmapId);
    const conceptId = rows[0]?.outline ? conceptsOf(rows[0].outline).at(-1)?.id : undefined;
    if (!goal || !conceptId) continue;
    // Only its tutorial: the concept's other pieces are jobs of their own, which must not stall too.
    sys.llm.setFaults({ ...LLM_PLAN, slowMs: 600_000, targetFaults: [{ goal, conceptId, task: 'tutorial', fault: 'slow' }] });
    // Aimed too late if its content had already been asked for: try the next roadmap.
    if (sys.llm.requests.some((r) => r.goal === goal && r.conceptId === conceptId && r.task === 'tutorial' && r.fault !== 'slow')) continue;
    // Its tutorial is its first piece to start (the lanes take the tutorials first).
    const jobId = contentJobId({ roadmapId, requestId: null, conceptId, kind: 'tutorial', lane: { order: [], index: 0, width: 0, seq: rows[0]!.job_seq } });
    return { roadmapId, goal, conceptId, jobId };
  }
  throw new Error('no roadmap of the batch has a concept whose content has not started; cannot aim the fault');
}
