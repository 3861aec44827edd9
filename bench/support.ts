/** Shared pieces of the benchmarks: a scratch database, progress lines, child processes, markdown tables. */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';
import { packageRoot } from '../src/paths.js';
import { createScratchDatabase, type ScratchDatabase } from '../src/store/scratch-database.js';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const quick = process.argv.includes('--quick');

const started = Date.now();
/** Progress goes to stderr, results to stdout. */
export function progress(message: string): void {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
}

export function scratchDatabase(queueSchema: string | null): Promise<ScratchDatabase> {
  return createScratchDatabase({ adminUrl: ADMIN_URL, prefix: 'pathsmith_bench', migrate: true, queueSchema });
}

/** Execution-log rows written one INSERT at a time on one connection for `ms`: rows per second. */
export async function singleInsertRate(url: string, ms: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const roadmapId = randomUUID();
  let n = 0;
  const t0 = performance.now();
  try {
    while (performance.now() - t0 < ms) {
      await client.query(
        `INSERT INTO execution_logs (id, roadmap_id, seq, level, category, message, created_at) VALUES ($1, $2, $3, 'info', 'agent', 'single row', now())`,
        [randomUUID(), roadmapId, n++],
      );
    }
  } finally {
    await client.end();
  }
  return n / ((performance.now() - t0) / 1000);
}

/** Starts `pathsmith <args>` and resolves once it logs `readyMsg`. */
export async function startRole(args: string[], env: Record<string, string>, readyMsg: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(packageRoot, 'bin', 'pathsmith.js'), ...args], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes(`"msg":"${readyMsg}"`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.resume();
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return child;
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Resident memory of a process and its children (an API started with WEB_CONCURRENCY > 1 is a cluster), in bytes. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while the list was read
    }
  }
  let total = 0;
  const visit = (p: number) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      total += m ? Number(m[1]) * 1024 : 0;
    } catch {
      // gone
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

/** `pathsmith api` as a child process; resolves with its URL once it listens. */
export async function startApi(env: Record<string, string>): Promise<{ proc: ChildProcess; url: string }> {
  const proc = fork(path.join(packageRoot, 'bin', 'pathsmith.js'), ['api'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    proc.on('message', (m: { type?: string; url?: string }) => m.type === 'listening' && resolve(m.url!));
    proc.once('exit', (code) => reject(new Error(`pathsmith api exited with ${code}`)));
  });
  return { proc, url };
}

/** SIGTERM, then SIGKILL if it has not exited within 5 s (a saturated server may hold requests for long). */
export async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** A child process of the benchmark (bench/*.ts compiled) that reports its URL over IPC. */
export function child(file: string, env: Record<string, string>): Promise<{ proc: ChildProcess; url: string }> {
  const proc = fork(fileURLToPath(new URL(file, import.meta.url)), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('message', (m: { url: string }) => resolve({ proc, url: m.url }));
    proc.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

/** Percentile of a sample (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Before a section that measures latency: PostgreSQL writes out what the previous sections left dirty (tens of
 * thousands of rows, a dropped database) now, in one CHECKPOINT, instead of in the middle of the measurement.
 */
export async function settle(): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, application_name: 'pathsmith:bench' });
  await client.connect();
  try {
    progress('  PostgreSQL checkpoint, so the previous sections’ writes are not flushed during this one');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}

/** Runs a measurement in a child process of its own (bench/*.ts compiled) and resolves with what it reports. */
export function childResult<T>(file: string): Promise<T> {
  const proc = fork(fileURLToPath(new URL(file, import.meta.url)), process.argv.slice(2), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('message', (m: { result: T }) => resolve(m.result));
    proc.once('exit', (code) => reject(new Error(`${file} exited with ${code} before reporting`)));
  });
}

/**
 * Removes every queue the benchmarks made in Redis (their namespaces all start with `bench_`): a full run leaves
 * hundreds of thousands of jobs behind, which would pile up in the machine's shared Redis run after run.
 */
export async function clearBenchQueues(): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let removed = 0;
    for await (const keys of redis.scanStream({ match: 'bench_*', count: 1000 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) removed += await redis.unlink(...keys);
    }
    if (removed > 0) progress(`removed ${fmt(removed)} keys of the benchmark's queues from Redis`);
  } finally {
    redis.disconnect();
  }
}
