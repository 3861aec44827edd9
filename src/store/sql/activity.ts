/** SQL about the server itself: reachability, the connection limit, and who holds connections. */
import type { Queryable } from '../db.js';

export async function ping(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}

export async function maxConnections(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ max_connections: string }>('SHOW max_connections');
  return Number(rows[0]?.max_connections);
}

/** Connections to this database per application-name role (the part after `prefix`) and state, but this one. */
export async function connectionsByRole(db: Queryable, prefix: string): Promise<Array<{ role: string; state: string; connections: number }>> {
  const { rows } = await db.query<{ role: string; state: string; n: number }>(
    `SELECT substr(application_name, length($1) + 1) AS role, coalesce(state, 'unknown') AS state, count(*)::int AS n
     FROM pg_stat_activity
     WHERE datname = current_database() AND application_name LIKE $1 || '%' AND pid <> pg_backend_pid()
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [prefix],
  );
  return rows.map((r) => ({ role: r.role, state: r.state, connections: r.n }));
}

/** Wakes every listener of `channel` once per payload, e.g. once per roadmap with new log rows. */
export async function notify(db: Queryable, channel: string, payloads: readonly string[]): Promise<void> {
  if (payloads.length) await db.query('SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p', [channel, payloads]);
}

/** Subscribes a dedicated (never pooled) connection to `channel`. The name is one of ours, never user input. */
export async function listen(db: Queryable, channel: string): Promise<void> {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  await db.query(`LISTEN ${channel}`);
}
