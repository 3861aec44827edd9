/**
 * `pathsmith eval` as an operator runs it: in-process on a scratch database with the offline provider, and
 * against a running API whose LLM is the fake OpenAI server, with the same fake judging the rubric. The table,
 * the progress lines and the report; the scratch database gone afterwards; bad input refused clearly.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalReportSchema } from '../../src/eval/report.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';
import { BIN } from '../helpers/processes.js';
import { ADMIN_DATABASE_URL } from '../helpers/services.js';
import { startSystem, type TestSystem } from '../helpers/system.js';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-eval-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOALS = [
  { id: 'go', goal: 'Learn Go for backend development', hoursPerWeek: 3, weeks: 3 },
  { id: 'zh-python', goal: '学习 Python', hoursPerWeek: 3, weeks: 3, language: 'zh' },
  { id: 'sourdough', goal: 'Learn to bake sourdough bread', hoursPerWeek: 2, weeks: 2 },
];
const goalsFile = path.join(dir, 'goals.jsonl');
writeFileSync(goalsFile, GOALS.map((g) => JSON.stringify(g)).join('\n') + '\n');

/** The eval process's environment: no key of the machine's, links not fetched (the tests have no internet). */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error', RESOURCE_LINK_CHECK: 'off', ...extra };
  for (const k of ['REDIS_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'LLM_PROVIDER', 'DATABASE_URL']) if (!(k in extra)) delete e[k];
  return e;
}

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('pathsmith eval in-process on the offline provider', () => {
  it('runs every goal through the pipeline on a scratch database, prints the table and writes the report', async () => {
    const out = path.join(dir, 'offline.json');
    const { stdout, stderr } = await run(process.execPath, [BIN, 'eval', '--goals', goalsFile, '--out', out], { env: env({ DATABASE_URL: ADMIN_DATABASE_URL }) });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^goal\s+lang\s+status\s+checks\s+budget\s+titles\s+depth\s+links\s+quiz\s+rubric\s+time$/);
    expect(lines.slice(2, 5).map((l) => l.split(/\s+/).slice(0, 4))).toEqual([
      ['go', 'en', 'completed', 'pass'],
      ['zh-python', 'zh', 'completed', 'pass'],
      ['sourdough', 'en', 'completed', 'pass'],
    ]);
    expect(lines.at(-1)).toMatch(/^all \(3\)\s+3\/3 done\s+3\/3\s+3\/3 fit\s+3\/3 ok\s+[\d.]+\s+\d+%\s+100%\s+—/);
    expect(stderr).toMatch(/No LLM configured for the eval/);
    expect(stderr).toMatch(/^\[2\/3\] zh-python: Step outline started$/m);
    expect(stderr).toMatch(/^\[3\/3\] sourdough: completed in [\d.]+ s$/m);

    const report = evalReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report).toMatchObject({ api: 'in-process', generator: { provider: 'offline', models: null }, judge: null, goalsFile });
    expect(report.goals.map((g) => [g.id, g.status])).toEqual(GOALS.map((g) => [g.id, 'completed']));
    for (const g of report.goals) {
      expect(g.scores!.hardChecks).toEqual({ pass: true, issues: [] });
      expect(g.scores!.budget.fit).toBe('within');
      expect(g.scores!.titles.wrong).toEqual([]);
      expect(g.scores!.prerequisites.depth).toBeGreaterThan(1);
      expect(g.scores!.quiz).toMatchObject({ share: 1, problems: [] });
      expect(g.scores!.quiz.concepts).toBe(g.scores!.prerequisites.concepts);
      expect(g.scores!.rubric).toBeNull();
    }
    expect(report.goals[1]!.scores!.titles.script).toBe('Han');
    // The generic plan has no curated links: every resource is a search suggestion.
    expect(report.goals[2]!.scores!.resources.verified).toBe(0);
    const scratch = /Scratch database (\S+) ready/.exec(stderr)![1]!;
    expect(await databaseExists(scratch)).toBe(false);
  }, 120_000);

  it('refuses a bad goal file, naming each line, and an API it cannot reach', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"goal":"Learn Go","weeks":400}\n{"goal":"Learn Go","review":true}\n');
    const refused = await run(process.execPath, [BIN, 'eval', '--goals', bad], { env: env({}) }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/bad\.jsonl:1: weeks: .*\n.*bad\.jsonl:2: \(line\): Unrecognized key: "review"/);
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const away = await run(process.execPath, [BIN, 'eval', '--goals', goalsFile, '--api', `http://127.0.0.1:${closed}`], { env: env({}) }).catch((e: { code: number; stderr: string }) => e);
    expect(away).toMatchObject({ code: 1 });
    expect((away as { stderr: string }).stderr).toContain(`pathsmith eval: cannot reach the API at http://127.0.0.1:${closed} (Error: connect ECONNREFUSED`);
  });
});

describe('pathsmith eval --api against a server on the fake OpenAI server', () => {
  let fake: FakeOpenAi;
  let sys: TestSystem;
  const llm = () => ({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url });
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    sys = await startSystem('postgres', { env: { ...llm(), LLM_RETRY_BASE_MS: '20', RESOURCE_LINK_CHECK: 'off' } });
  });
  afterAll(async () => {
    await sys?.close();
    await fake?.close();
  });

  it('scores every roadmap the server builds, with the rubric from the validation task of the eval’s own LLM', async () => {
    const out = path.join(dir, 'fake.json');
    const { stdout } = await run(process.execPath, [BIN, 'eval', '--goals', goalsFile, '--api', sys.baseUrl, '--out', out, '--concurrency', '3'], {
      env: env({ ...llm(), LLM_MODEL_VALIDATION: 'judge-model' }),
    });
    const report = evalReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report).toMatchObject({ api: sys.baseUrl, generator: null, judge: 'judge-model' });
    expect(report.goals.map((g) => g.status)).toEqual(['completed', 'completed', 'completed']);
    for (const g of report.goals) {
      expect(g.usage!.calls).toBeGreaterThan(3);
      expect(g.scores!.hardChecks.pass).toBe(true);
      expect(g.scores!.rubric).toMatchObject({ model: 'judge-model', overall: expect.any(Number) });
      expect(Object.keys(g.scores!.rubric!.dimensions).sort()).toEqual(['clarity', 'coherence', 'completeness', 'fit', 'progression']);
    }
    // The judge's calls came from the eval process, one per roadmap, under its own model name.
    expect(fake.requests.filter((r) => r.task === 'validation' && r.model === 'judge-model')).toHaveLength(3);
    const rubric = stdout.trimEnd().split('\n').slice(2, 5).map((l) => l.split(/\s+/)[9]);
    expect(rubric).toEqual(report.goals.map((g) => String(g.scores!.rubric!.overall)));
  }, 120_000);
});
