/**
 * `npm run soak`: issue 9's "Done when" run. Pathsmith as deployed (api, content worker and logs worker as
 * separate processes; a private PostgreSQL 15 and a private Redis with AOF, both on free ports; the fake OpenAI
 * server at 300–800 ms a call) goes through the whole fault sequence, one fault after another, each with a
 * fresh batch of roadmaps (`-- --roadmaps N`, default 40; `-- --faults a,b` for some of them). Progress goes to
 * stderr; the table fault → what the client saw → outcomes goes to stdout. After the last fault every roadmap
 * of every phase is checked again, so a late fault that disturbed an earlier batch is counted too. Exits 1 if
 * any invariant was broken. Needs what the tests need: root, Debian's postgresql-15 and redis-server.
 */
import { startFaultSystem } from './helpers/fault-system.js';
import { clientCell, outcomeCell } from './helpers/fault-report.js';
import { FAULT_NAMES, runFaultPhase, type FaultName, type PhaseResult } from './helpers/faults.js';
import { checkInvariants, snapshotPieces, type InvariantReport, type PieceSnapshot } from './helpers/invariants.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const roadmaps = Number(option('roadmaps') ?? 40);
const faults = (option('faults')?.split(',') ?? [...FAULT_NAMES]) as FaultName[];
for (const f of faults) if (!FAULT_NAMES.includes(f)) throw new Error(`unknown fault "${f}"; the faults are ${FAULT_NAMES.join(', ')}`);
// Fewer roadmaps than this never fill a content worker's 16 concurrent jobs, so no job would wait in Redis for
// the Redis faults to lose.
if (!Number.isInteger(roadmaps) || roadmaps < 8) throw new Error('--roadmaps must be an integer of at least 8');

const started = Date.now();
const progress = (line: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}\n`);

progress(`soak: ${faults.length} faults × ${roadmaps} roadmaps; starting PostgreSQL, Redis (AOF), the fake LLM and the three roles`);
// AOF on, as production runs Redis (DESIGN.md); the data-lost fault wipes its folder before the restart.
const sys = await startFaultSystem({ redisAppendOnly: true });
const phases: PhaseResult[] = [];
const exits = sys.exits;
const keptPieces: PieceSnapshot = new Map();
let final: InvariantReport | null = null;
try {
  for (const [i, fault] of faults.entries()) {
    progress(`(${i + 1}/${faults.length}) ${fault}`);
    const phase = await runFaultPhase(sys, fault, roadmaps, (line) => progress(`  ${line}`));
    phases.push(phase);
    progress(`  ${outcomeCell(phase)}`);
    progress(`  client: ${clientCell(phase.client)}`);
    for (const v of phase.report.violations.slice(0, 8)) progress(`  ! ${v.split('\n').slice(0, 4).join('\n    ')}`);
    for (const [k, v] of await snapshotPieces(sys.db, phase.accepted)) keptPieces.set(k, v);
  }
  const permanent = new Set(phases.flatMap((p) => p.permanent));
  final = await checkInvariants(sys, {
    accepted: phases.flatMap((p) => p.accepted),
    before: keptPieces,
    expected: (id) => (permanent.has(id) ? 'partial-or-failed' : 'completed'),
  });
  progress(`all phases checked again: ${final.violations.length} violations`);
} catch (err) {
  progress(`soak aborted: ${err instanceof Error ? err.stack : String(err)}\n${sys.diagnostics()}`);
  process.exitCode = 1;
} finally {
  await sys.close();
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
const totals = phases.reduce(
  (t, p) => {
    for (const k of Object.keys(t) as Array<keyof typeof t>) t[k] += p.report.outcomes[k];
    return t;
  },
  { completed: 0, partial: 0, failed: 0, cancelled: 0, stuck: 0 },
);
const lines = [
  `## Soak: ${phases.length} faults, ${roadmaps} roadmaps each (plus those accepted during the faults)`,
  '',
  '| fault | what the client saw | outcomes |',
  '| --- | --- | --- |',
  ...phases.map((p) => `| ${cell(p.title)} (${Math.round(p.faultMs / 1000)} s) | ${cell(clientCell(p.client))} | ${cell(outcomeCell(p))} |`),
  '',
  `Totals over the phases: ${totals.completed} completed, ${totals.partial} partial, ${totals.failed} failed, ${totals.stuck} stuck;` +
    ` ${phases.reduce((n, p) => n + p.permanent.length, 0)} roadmap(s) were meant to end partial or failed (the stalled-limit fault's target).`,
  final
    ? `Checked again after the last fault: ${final.outcomes.stuck} stuck, ${final.duplicatedPieces} duplicated pieces, ` +
      `${final.lostRows} lost rows, ${final.lostPieces} lost pieces, ${final.outcomeEvents.extra + final.outcomeEvents.missing} outcome-event faults; ` +
      `${final.violations.length} violations.`
    : 'The run stopped before the final check.',
  `Roles that died by themselves (and were started again): ${exits.map((e) => `${e.role} (${e.code ?? e.signal})`).join(', ') || 'none'}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (phases.some((p) => p.report.violations.length > 0) || (final?.violations.length ?? 1) > 0) process.exitCode = 1;
