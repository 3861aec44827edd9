/** Spawning `pathsmith` commands as real processes, and reading their JSON log lines. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const BIN = path.resolve('bin/pathsmith.js');

export interface Spawned {
  proc: ChildProcess;
  lines: Array<Record<string, unknown>>;
  /** Resolves with the first log line that satisfies `match`. */
  waitForLine(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `pathsmith <args>`; `asUser` runs it as that OS user through runuser (the caller must be root). */
export function spawnPathsmith(args: string[], env: Record<string, string | undefined>, asUser?: string): Spawned {
  const command = asUser ? ['runuser', '-u', asUser, '--', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  return spawnCommand(command, env, args.join(' '));
}

/** Spawns any command with `env` over this process's environment (an `undefined` value removes a variable). */
export function spawnCommand(command: string[], env: Record<string, string | undefined>, label = command.join(' ')): Spawned {
  const cleanEnv = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([k, v]) => v !== undefined && !(k in env && env[k] === undefined)),
  ) as Record<string, string>;
  const proc = spawn(command[0]!, command.slice(1), { env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  const waiters: Array<{ match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }> = [];
  const onLine = (text: string) => {
    if (process.env.TEST_SHOW_CHILD_OUTPUT) process.stderr.write(`[${label}] ${text}\n`);
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      line = { msg: text };
    }
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.match(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  createInterface({ input: proc.stdout! }).on('line', onLine);
  createInterface({ input: proc.stderr! }).on('line', onLine);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    proc,
    lines,
    exited,
    waitForLine(match, timeoutMs = 30_000) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching log line within ${timeoutMs} ms; last lines:\n${lines.slice(-15).map((l) => JSON.stringify(l)).join('\n')}`)), timeoutMs);
        waiters.push({ match, resolve: (l) => { clearTimeout(timer); resolve(l); } });
      });
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
