/**
 * The live-progress port: the logs worker announces "roadmap X has new log rows" after each committed batch,
 * and every API process hears it and wakes the event streams of that roadmap. On Redis it is pub/sub; on the
 * embedded default it is PostgreSQL LISTEN/NOTIFY. A notification carries no data: streams re-read the table
 * from their cursor, so a lost or duplicated notification costs latency, never correctness.
 */
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Pool } from '../store/db.js';
import { listen, notify } from '../store/sql/activity.js';
import type { Logger } from '../telemetry/logger.js';

export interface Notifier {
  publish(roadmapIds: readonly string[]): Promise<void>;
  /** Calls `listener` whenever the roadmap has new rows; returns the unsubscribe function. */
  subscribe(roadmapId: string, listener: () => void): () => void;
  close(): Promise<void>;
}

const PG_CHANNEL = 'pathsmith_logs';

class Listeners {
  private readonly byRoadmap = new Map<string, Set<() => void>>();
  add(id: string, l: () => void): () => void {
    let set = this.byRoadmap.get(id);
    if (!set) this.byRoadmap.set(id, (set = new Set()));
    set.add(l);
    return () => {
      set.delete(l);
      if (set.size === 0) this.byRoadmap.delete(id);
    };
  }
  fire(id: string): void {
    for (const l of this.byRoadmap.get(id) ?? []) l();
  }
}

/** PostgreSQL: NOTIFY through the role's pool; one dedicated LISTEN connection per process, made on first use. */
export function postgresNotifier(pool: Pool, url: string, logger: Logger): Notifier {
  const listeners = new Listeners();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  const connect = (): Promise<void> =>
    (connecting ??= (async () => {
      const c = new pg.Client({ connectionString: url, application_name: 'pathsmith:api-listen', keepAlive: true });
      c.on('notification', (n) => n.payload && listeners.fire(n.payload));
      c.on('error', (err) => {
        logger.warn({ err }, 'live-event listener lost its connection; reconnecting');
        client = null;
        connecting = null;
        if (!closed) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
      });
      await c.connect();
      await listen(c, PG_CHANNEL);
      client = c;
    })());
  return {
    async publish(ids) {
      await notify(pool, PG_CHANNEL, ids);
    },
    subscribe(id, listener) {
      void connect().catch((err: unknown) => logger.warn({ err }, 'live-event listener not connected'));
      return listeners.add(id, listener);
    },
    async close() {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}

/** Redis: one PUBLISH per roadmap and batch; one subscriber connection per process, made on first use. */
export function redisNotifier(url: string, namespace: string, logger: Logger): Notifier {
  const channel = `${namespace}:logs`;
  const listeners = new Listeners();
  const publisher = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
  publisher.on('error', () => undefined);
  let subscriber: Redis | null = null;
  return {
    async publish(ids) {
      if (ids.length === 0) return;
      const p = publisher.pipeline();
      for (const id of ids) p.publish(channel, id);
      await p.exec();
    },
    subscribe(id, listener) {
      if (!subscriber) {
        subscriber = new Redis(url, { maxRetriesPerRequest: null });
        subscriber.on('error', (err) => logger.warn({ err }, 'live-event subscriber error'));
        subscriber.on('message', (_c: string, payload: string) => listeners.fire(payload));
        void subscriber.subscribe(channel);
      }
      return listeners.add(id, listener);
    },
    async close() {
      publisher.disconnect();
      subscriber?.disconnect();
    },
  };
}
