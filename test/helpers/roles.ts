/**
 * The three role processes of a fault system under a restart policy: a role that dies by itself is started
 * again after a delay that doubles while it keeps dying, as the deployment's `restart: unless-stopped` would;
 * one killed on purpose is replaced at once. Every line each process logged is kept for failure messages.
 */
import { spawnPathsmith, type Spawned } from './processes.js';

export type RoleName = 'api' | 'content' | 'logs';
export const ROLE_NAMES: readonly RoleName[] = ['api', 'content', 'logs'];

const ROLES: Record<RoleName, { args: string[]; ready: string }> = {
  api: { args: ['api'], ready: 'API listening' },
  content: { args: ['worker', 'content'], ready: 'content worker ready' },
  logs: { args: ['worker', 'logs'], ready: 'logs worker ready' },
};

/** A crashed role is started again after this, doubling up to the cap while it keeps crashing (Docker's policy). */
const RESPAWN_DELAY_MS = 1000;
const RESPAWN_DELAY_MAX_MS = 8000;
/** A role that stayed up this long is healthy again: its next crash restarts it after the first delay. */
const RESPAWN_RESET_MS = 10_000;

export interface RoleExit {
  role: RoleName;
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
}

export function superviseRoles(env: Record<string, string | undefined>) {
  const current = new Map<RoleName, Spawned>();
  const history = new Map<RoleName, Spawned[]>(ROLE_NAMES.map((r) => [r, []]));
  const intended = new Set<Spawned>();
  const exits: RoleExit[] = [];
  const delays = new Map<RoleName, number>();
  let stopping = false;

  const spawnRole = (role: RoleName): Spawned => {
    const p = spawnPathsmith(ROLES[role].args, env);
    const startedAt = Date.now();
    current.set(role, p);
    history.get(role)!.push(p);
    void p.exited.then(({ code, signal }) => {
      if (intended.has(p) || stopping) return;
      exits.push({ role, code, signal, at: Date.now() });
      const delay = Date.now() - startedAt > RESPAWN_RESET_MS ? RESPAWN_DELAY_MS : (delays.get(role) ?? RESPAWN_DELAY_MS);
      delays.set(role, Math.min(delay * 2, RESPAWN_DELAY_MAX_MS));
      setTimeout(() => !stopping && current.get(role) === p && spawnRole(role), delay);
    });
    return p;
  };
  const ready = async (role: RoleName, p: Spawned) => {
    const exited = p.exited.then(({ code, signal }) => {
      throw new Error(`${role} exited (${code ?? signal}) before it was ready:\n${lastLines(p, 15)}`);
    });
    await Promise.race([p.waitForLine((l) => l.msg === ROLES[role].ready, 30_000), exited]);
  };
  const kill = async (p: Spawned) => {
    intended.add(p);
    if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill('SIGKILL');
    await p.exited;
  };
  return {
    exits,
    start: (role: RoleName) => ready(role, spawnRole(role)),
    async restart(role: RoleName) {
      const old = current.get(role);
      if (old) await kill(old);
      await ready(role, spawnRole(role));
    },
    async stopAll() {
      stopping = true;
      await Promise.all([...history.values()].flat().map(kill));
    },
    diagnostics: () =>
      ROLE_NAMES.map((role) => {
        const lines = history.get(role)!.flatMap((p) => p.lines);
        const notable = lines.filter((l) => l.level === 'warn' || l.level === 'error' || l.level === 'fatal' || l.level === undefined);
        return `${role} (${history.get(role)!.length} processes; its warnings and errors, latest last):\n${distinct(notable, 12) || '(none)'}`;
      }).join('\n\n'),
  };
}

function lastLines(p: Spawned, n: number): string {
  return p.lines.slice(-n).map(brief).join('\n');
}

/**
 * The last `n` kinds of line (same level, message and error), each once with how often it came: a retry loop's
 * thousand identical lines must not push the one line that explains a failure out of the message.
 */
function distinct(lines: Array<Record<string, unknown>>, n: number): string {
  const kinds = new Map<string, { count: number; last: Record<string, unknown> }>();
  for (const l of lines) {
    const key = `${String(l.level)} ${String(l.msg)} ${String((l.err as { message?: string } | undefined)?.message)}`;
    const k = kinds.get(key);
    kinds.delete(key);
    kinds.set(key, { count: (k?.count ?? 0) + 1, last: l });
  }
  return [...kinds.values()].slice(-n).map((k) => `${k.count > 1 ? `×${k.count} (last) ` : ''}${brief(k.last)}`).join('\n');
}

/** One log line, short enough to read in a failure message. */
function brief(line: Record<string, unknown>): string {
  const { time, level, msg, err, roadmapId, jobId, queue } = line;
  const e = err as { message?: string } | undefined;
  return [time, level, msg, roadmapId && `roadmap=${String(roadmapId)}`, jobId && `job=${String(jobId)}`, queue && `queue=${String(queue)}`, e?.message && `err=${e.message}`]
    .filter(Boolean)
    .join(' ')
    .slice(0, 400);
}
