/**
 * What a person sees of `pathsmith start` in a terminal: the roles' JSON log lines made readable, and a banner
 * once the API answers — where to open it, the docs, the mode, where the data lives, the metrics ports and how
 * to stop. Off a terminal (or with LOG_FORMAT=json) the supervisor prints JSON lines only, for log collectors
 * and for the tests, which read them.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { prettyPrinter } from '../telemetry/logger.js';

/** Relays a child's output: JSON log lines made readable on stdout, anything else (a crash's stack) as it is. */
export function relayPretty(stdout: Readable, stderr: Readable): void {
  const pretty = prettyPrinter();
  const relay = (input: Readable, to: NodeJS.WriteStream) =>
    createInterface({ input }).on('line', (line) => {
      if (!line.startsWith('{')) return void to.write(`${line}\n`);
      try {
        process.stdout.write(pretty(line));
      } catch {
        to.write(`${line}\n`);
      }
    });
  relay(stdout, process.stdout);
  relay(stderr, process.stderr);
}

export interface BannerFacts {
  url: string;
  authMode: string;
  /** The embedded database's data folder, or null when DATABASE_URL names the database. */
  dataDir: string | null;
  queueBackend: 'redis' | 'postgres';
  metricsPorts: Record<string, number>;
}

export function banner(f: BannerFacts): string {
  const mode = f.authMode === 'accounts' ? 'accounts — sign up or log in' : 'local — one learner, no login';
  const data = f.dataDir ? `${f.dataDir} (embedded PostgreSQL, kept between starts)` : 'the PostgreSQL at DATABASE_URL';
  const queues = f.queueBackend === 'redis' ? 'Redis (REDIS_URL)' : 'PostgreSQL (BullMQ’s PostgreSQL backend)';
  const metrics = Object.entries(f.metricsPorts)
    .map(([role, port]) => `${role} :${port}`)
    .join('  ·  ');
  const rows: Array<[string, string]> = [
    ['Web app', f.url],
    ['API docs', `${f.url}/docs`],
    ['Mode', mode],
    ['Data', data],
    ['Queues', queues],
    ['Metrics', `${metrics}  (GET /metrics)`],
    ['Stop', 'Ctrl+C'],
  ];
  return ['', '  Pathsmith is ready', '', ...rows.map(([k, v]) => `    ${k.padEnd(9)} ${v}`), '', ''].join('\n');
}
