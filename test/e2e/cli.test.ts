/** The CLI's role commands refuse an unmigrated database clearly; `migrate` and `status` work. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { BIN, spawnPathsmith } from '../helpers/processes.js';

const run = promisify(execFile);

describe('pathsmith CLI', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db?.drop());

  it('a role on an unmigrated database exits 78 with a message naming `pathsmith migrate`', async () => {
    const p = spawnPathsmith(['worker', 'logs'], { DATABASE_URL: db.url, REDIS_URL: undefined, LOG_LEVEL: 'error' });
    const exit = await p.exited;
    expect(exit.code).toBe(78);
    expect(p.lines.map((l) => String(l.msg)).join('\n')).toMatch(/not migrated.*pathsmith migrate/);
  });

  it('an invalid setting is named, with exit 78', async () => {
    const p = spawnPathsmith(['api'], { DATABASE_URL: db.url, PORT: 'eighty' });
    expect((await p.exited).code).toBe(78);
    expect(p.lines.map((l) => String(l.msg)).join('\n')).toMatch(/PORT/);
  });

  it('migrate is repeatable, then status reports queues and roadmaps', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'error' };
    delete env.REDIS_URL;
    await run(process.execPath, [BIN, 'migrate'], { env });
    await run(process.execPath, [BIN, 'migrate'], { env });
    const { stdout } = await run(process.execPath, [BIN, 'status'], { env });
    expect(stdout).toMatch(/Queues \(postgres\)/);
    expect(stdout).toMatch(/roadmap/);
    expect(stdout).toMatch(/Roadmaps by status/);
  });
});
