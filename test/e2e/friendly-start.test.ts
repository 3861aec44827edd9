/**
 * `pathsmith start` as a person sees it in a terminal (LOG_FORMAT=pretty stands in for the terminal): it says
 * that a first start creates the database, prints readable lines rather than JSON, a banner with where to go,
 * the metrics ports and how to stop, and no line per HTTP request.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnPathsmith, type Spawned } from '../helpers/processes.js';
import { waitFor } from '../helpers/system.js';

describe('pathsmith start on a terminal', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-friendly-'));
  chmodSync(tmp, 0o755);
  let sup: Spawned | undefined;
  afterAll(() => {
    if (sup && sup.proc.exitCode === null) sup.proc.kill('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
  });

  it('says what it is doing, then prints a banner; no JSON and no request lines', async () => {
    sup = spawnPathsmith(['start'], { DATABASE_URL: undefined, REDIS_URL: undefined, PATHSMITH_DATA_DIR: path.join(tmp, 'data'), PORT: '0', LOG_FORMAT: 'pretty', LOG_LEVEL: 'info' });
    const text = () => sup!.lines.map((l) => String(l.msg));
    await sup.waitForLine((l) => /Pathsmith is ready/.test(String(l.msg)), 90_000);
    await waitFor(async () => text().some((t) => t.trim().startsWith('Stop')), 5000, 'the whole banner');
    const url = /Web app\s+(http:\/\/\S+)/.exec(text().join('\n'))?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const all = text().join('\n');
    expect(all).toMatch(/First start: creating the embedded PostgreSQL database/);
    expect(all).toContain(`API docs  ${url}/docs`);
    expect(all).toMatch(/Mode\s+local/);
    expect(all).toContain(path.join(tmp, 'data'));
    const ports = /Metrics\s+api :(\d+) {2}· {2}content-worker :(\d+) {2}· {2}logs-worker :(\d+)/.exec(all);
    expect(ports).not.toBeNull();
    for (const port of ports!.slice(1)) expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);

    for (let i = 0; i < 5; i++) expect((await fetch(`${url}/v1/roadmaps`)).status).toBe(200);
    await sup.waitForLine((l) => /content-worker │ content worker ready/.test(String(l.msg)));
    sup.proc.kill('SIGTERM');
    expect((await sup.exited).code).toBe(0);
    // Every line was readable text: none parsed as a JSON log line, and none told of a single request.
    expect(sup.lines.filter((l) => l.level !== undefined)).toEqual([]);
    expect(text().filter((t) => /incoming request|request completed/.test(t))).toEqual([]);
  }, 120_000);
});
