/**
 * The event stream's cursor is the log row's (transaction id, position). Sorting it as text put `1008-42` before
 * `999-3`, so a replay once sent a finished roadmap's events twice and out of order. Here a private PostgreSQL
 * cluster's transaction counter is pushed from four digits to five in the middle of a run, and the live stream,
 * a full replay and a resumed replay must each be ascending, without duplicates and complete, on both queue
 * backends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startPrivatePostgres, type PrivatePostgres } from '../helpers/private-servers.js';
import { readSse, type SseEvent } from '../helpers/sse.js';
import { startSystem, waitFor, type Backend, type TestSystem } from '../helpers/system.js';

/** The digit boundary the run crosses: transaction ids below it have four digits, from it on five. */
const BOUNDARY = 10_000n;

interface Cursor {
  tx: bigint;
  pos: bigint;
  text: string;
}

const cursorOf = (e: SseEvent): Cursor => {
  const m = /^(\d+)-(\d+)$/.exec(e.id ?? '');
  if (!m) throw new Error(`a log event without a tx-pos id: ${JSON.stringify(e)}`);
  return { tx: BigInt(m[1]!), pos: BigInt(m[2]!), text: e.id! };
};
const before = (a: Cursor, b: Cursor) => a.tx < b.tx || (a.tx === b.tx && a.pos < b.pos);
const logsOf = (events: SseEvent[]) => events.filter((e) => e.event === 'log');

function expectAscendingAndUnique(events: SseEvent[]): void {
  const cursors = logsOf(events).map(cursorOf);
  for (let i = 1; i < cursors.length; i++) {
    if (!before(cursors[i - 1]!, cursors[i]!)) throw new Error(`event ${cursors[i]!.text} came after ${cursors[i - 1]!.text}`);
  }
  expect(new Set(cursors.map((c) => c.text)).size).toBe(cursors.length);
}

describe.each<Backend>(['postgres', 'redis'])('the event stream across a transaction-id digit boundary (%s)', (backend) => {
  let server: PrivatePostgres;
  let burner: pg.Client;
  let sys: TestSystem;
  const currentXid = async () => BigInt((await burner.query<{ xmax: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax')).rows[0]!.xmax);
  /** Spends transaction ids (each loop turn commits one) until the next one handed out is at least `target`. */
  const burnTo = async (target: bigint) => {
    const missing = target - (await currentXid());
    if (missing > 0n) await burner.query('CALL burn_xids($1)', [Number(missing)]);
  };

  beforeAll(async () => {
    server = await startPrivatePostgres();
    burner = new pg.Client({ connectionString: server.url });
    await burner.connect();
    await burner.query(`CREATE PROCEDURE burn_xids(n int) LANGUAGE plpgsql AS $$
      BEGIN FOR i IN 1..n LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$`);
    sys = await startSystem(backend, { adminDatabaseUrl: server.url });
  }, 120_000);
  afterAll(async () => {
    await sys?.close();
    await burner?.end();
    await server?.close();
  });

  it('live, replayed and resumed streams are ascending, unique and complete while the ids go from 4 to 5 digits', async () => {
    await burnTo(BOUNDARY - 300n);
    expect(await currentXid()).toBeLessThan(BOUNDARY);
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ goal: 'Learn SQL', weeks: 2 }) });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const live = readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`);
    // Once the first events of the run are stored (with four-digit ids), jump the counter past the boundary, so
    // the rest of the run is written with five-digit ids while the stream follows it.
    await waitFor(async () => logsOf(live.events).length > 0, 30_000, 'the first live event');
    await burnTo(BOUNDARY + 20n);
    await live.done;
    expect(live.events.at(-1)).toMatchObject({ event: 'end', data: JSON.stringify({ status: 'completed' }) });

    const stored = (
      await sys.api.pool.query<{ id: string; cursor: string }>(
        `SELECT id, tx::text || '-' || pos::text AS cursor FROM execution_logs WHERE roadmap_id = $1 ORDER BY tx, pos`,
        [id],
      )
    ).rows;
    const txs = stored.map((r) => BigInt(r.cursor.split('-')[0]!));
    // The run really did cross: some of its rows have four-digit transaction ids and some five.
    expect(txs.some((t) => t < BOUNDARY)).toBe(true);
    expect(txs.some((t) => t >= BOUNDARY)).toBe(true);

    expectAscendingAndUnique(live.events);
    expect(logsOf(live.events).map((e) => e.id)).toEqual(stored.map((r) => r.cursor));
    expect(logsOf(live.events).map((e) => (JSON.parse(e.data) as { id: string }).id)).toEqual(stored.map((r) => r.id));

    const replay = readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`);
    await replay.done;
    expectAscendingAndUnique(replay.events);
    expect(logsOf(replay.events).map((e) => e.id)).toEqual(stored.map((r) => r.cursor));
    expect(replay.events.at(-1)).toMatchObject({ event: 'end' });

    // Resume from the last four-digit event: exactly the five-digit rest follows, in order.
    const lastSmall = stored.filter((r) => BigInt(r.cursor.split('-')[0]!) < BOUNDARY).at(-1)!;
    const resumed = readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`, { 'last-event-id': lastSmall.cursor });
    await resumed.done;
    expectAscendingAndUnique(resumed.events);
    expect(logsOf(resumed.events).map((e) => e.id)).toEqual(stored.slice(stored.indexOf(lastSmall) + 1).map((r) => r.cursor));
  }, 120_000);
});
