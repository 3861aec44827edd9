/** The CLI's role commands refuse an unmigrated database clearly; `migrate` and `status` work. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import net from 'node:net';
import { createTestDatabase, insertBareRoadmap, type TestDatabase } from '../helpers/db.js';
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

  it('AUTH_MODE=local on a non-loopback HOST refuses to start, saying what to set', async () => {
    const p = spawnPathsmith(['api'], { DATABASE_URL: db.url, HOST: '0.0.0.0', AUTH_MODE: 'local' });
    expect((await p.exited).code).toBe(78);
    expect(p.lines.map((l) => String(l.msg)).join('\n')).toMatch(/AUTH_MODE=local.*Set AUTH_MODE=accounts/s);
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
    expect(stdout).toMatch(/PostgreSQL: ok/);
    expect(stdout).toMatch(/Queues \(postgres\): ok/);
    expect(stdout).toMatch(/oldest waiting/);
    expect(stdout).toMatch(/Roadmaps by status/);
    expect(stdout).toMatch(/Stuck work: none/);
  });

  it('status lists a roadmap that must have work but has no live job', async () => {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const id = await insertBareRoadmap(client, 'Learn Rust');
    await client.query(`UPDATE roadmaps SET updated_at = now() - interval '5 minutes' WHERE id = $1`, [id]);
    await client.end();
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'error' };
    delete env.REDIS_URL;
    const { stdout } = await run(process.execPath, [BIN, 'status'], { env });
    expect(stdout).toMatch(/Stuck work: 1 roadmap/);
    expect(stdout).toContain(id);
  });

  it('users create (the first admin, a generated password), list, and --adopt-local moves the local learner’s roadmaps', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'error' };
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const local = await insertBareRoadmap(c, 'Learn Rust');
    const owned = async () => (await c.query<{ email: string | null }>('SELECT u.email FROM roadmaps r JOIN users u ON u.id = r.owner_id')).rows.map((r) => r.email);
    const before = await owned();
    const admin = await run(process.execPath, [BIN, 'users', 'create', '--email', 'Admin@Example.com', '--admin'], { env });
    expect(admin.stdout).toMatch(/Created admin admin@example.com/);
    expect(admin.stdout).toMatch(/Password \(shown once\): \S{16,}/);
    const adopter = await run(process.execPath, [BIN, 'users', 'create', '--email', 'me@example.com', '--adopt-local'], { env });
    expect(adopter.stdout).toContain(`owns the local learner's ${before.length} roadmap(s)`);
    const { rows } = await c.query<{ email: string }>('SELECT u.email FROM roadmaps r JOIN users u ON u.id = r.owner_id WHERE r.id = $1', [local]);
    const after = await owned();
    await c.end();
    expect(rows[0]?.email).toBe('me@example.com');
    expect(after).toEqual(before.map(() => 'me@example.com'));
    const list = await run(process.execPath, [BIN, 'users', 'list'], { env });
    expect(list.stdout).toMatch(/admin@example.com.*admin/);
    const again = await run(process.execPath, [BIN, 'users', 'create', '--email', 'me@example.com'], { env }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(again?.code).toBe(1);
    expect(again?.stderr).toMatch(/already exists/);
  });

  it('status never hangs: a dependency that is down or silent gets a DOWN line, and the exit code is 1', async () => {
    // A Redis "server" that accepts connections and never answers.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', REDIS_URL: `redis://127.0.0.1:${port}`, LOG_LEVEL: 'error' };
    const started = Date.now();
    const failed = await run(process.execPath, [BIN, 'status'], { env, timeout: 30_000 }).then(
      () => null,
      (err: { code: number; stdout: string }) => err,
    );
    silent.close();
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/PostgreSQL: DOWN: .*ECONNREFUSED/);
    expect(failed?.stdout).toMatch(/Queues \(redis\): DOWN/);
    // Each dependency is given a few seconds, not the default minute-long retries.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
