/** `pathsmith generate`: submits, follows the live stream, prints the tree or writes --out files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiKey, signUp } from '../helpers/accounts.js';
import { BIN } from '../helpers/processes.js';
import { startSystem, type TestSystem } from '../helpers/system.js';

const run = promisify(execFile);

describe('pathsmith generate', () => {
  let sys: TestSystem;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-generate-'));
  beforeAll(async () => {
    sys = await startSystem('postgres');
  });
  afterAll(async () => {
    await sys?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the finished outline as a tree with every concept done', async () => {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'generate', 'Learn Go for backend development', '--hours', '8', '--weeks', '10', '--api', sys.baseUrl]);
    expect(stderr).toMatch(/Step intent_analysis started/);
    expect(stderr).toMatch(/Roadmap completed: (\d+) of \1 concepts/);
    expect(stdout).toMatch(/^Backend Development in Go/);
    expect(stdout).toMatch(/✓ Goroutines, channels and shared state/);
    expect(stdout).not.toMatch(/· /);
  });

  it('writes Markdown and JSON with every tutorial, resource list and quiz', async () => {
    const md = path.join(dir, 'roadmap.md');
    await run(process.execPath, [BIN, 'generate', '学习 Python', '--language', 'zh', '--hours', '4', '--weeks', '4', '--api', sys.baseUrl, '--out', md]);
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/^# /);
    expect(text).toMatch(/```mermaid/);
    // A Chinese roadmap is written in Chinese, its section titles and units too.
    expect(text).toMatch(/\*\*测验\*\*/);
    expect(text).toMatch(/\*[\d.]+ 小时 · (简单|中等|困难)/);
    const json = path.join(dir, 'roadmap.json');
    await run(process.execPath, [BIN, 'generate', 'Learn React', '--hours', '2', '--weeks', '3', '--api', sys.baseUrl, '--out', json]);
    const data = JSON.parse(readFileSync(json, 'utf8')) as { status: string; outline: { stages: unknown[] }; concepts: Record<string, { tutorial?: unknown; resources?: unknown; quiz?: unknown }> };
    expect(data.status).toBe('completed');
    for (const c of Object.values(data.concepts)) expect(Object.keys(c).sort()).toEqual(['quiz', 'resources', 'tutorial']);
  });

  it('explains a rejected request and exits 1', async () => {
    const err = await run(process.execPath, [BIN, 'generate', 'Go', '--api', sys.baseUrl]).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toMatch(/VALIDATION_FAILED.*\n\s+body\.goal:/);
  });
});

describe('pathsmith generate against a server with accounts', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('postgres', { env: { AUTH_MODE: 'accounts' } });
  });
  afterAll(() => sys?.close());

  it('runs with an API key from --api-key or PATHSMITH_API_KEY, and says what is missing without one', async () => {
    const key = await newApiKey(sys.baseUrl, (await signUp(sys.baseUrl, 'cli@example.com')).cookie);
    const args = [BIN, 'generate', 'Learn SQL for data analysis', '--hours', '3', '--weeks', '3', '--api', sys.baseUrl];
    const flag = await run(process.execPath, [...args, '--api-key', key]);
    expect(flag.stderr).toMatch(/Roadmap completed/);
    const fromEnv = await run(process.execPath, args, { env: { ...process.env, PATHSMITH_API_KEY: key } });
    expect(fromEnv.stderr).toMatch(/Roadmap completed/);
    const without = await run(process.execPath, args, { env: { ...process.env, PATHSMITH_API_KEY: '' } }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(without?.code).toBe(1);
    expect(without?.stderr).toMatch(/UNAUTHENTICATED/);
    const { rows } = await sys.api.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM roadmaps r JOIN users u ON u.id = r.owner_id WHERE u.email = 'cli@example.com'`);
    expect(rows[0]!.n).toBe(2);
  }, 60_000);
});
