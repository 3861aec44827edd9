/** A fault phase in words: the soak's table cells, and the message a failing fault test prints. */
import type { ClientSeen } from './client-probe.js';
import type { PhaseResult } from './faults.js';

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`);

/** What the learner's client saw while the fault lasted. */
export function clientCell(c: ClientSeen): string {
  const answers = Object.entries(c.answers).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}×${n}`).join(', ') || 'none';
  const s = c.stream;
  const end = s.ended ? `ended \`${s.ended}\`` : `never ended${s.lastError ? ` (${s.lastError})` : ''}`;
  return `POST: ${answers}; SSE: ${s.events} events, ${s.reconnects} reconnects, ${s.duplicates} duplicates, ${end}`;
}

/** Where the batch ended up, and what was lost or doubled. */
export function outcomeCell(p: PhaseResult): string {
  const o = p.report.outcomes;
  const r = p.report;
  const settled = p.settledMs === null ? `not settled within ${seconds(p.boundMs)}` : `settled ${seconds(p.settledMs)} after the fault`;
  return [
    `${o.completed} completed, ${o.partial} partial, ${o.failed} failed, ${o.stuck} stuck`,
    `${r.duplicatedPieces} duplicated pieces, ${r.outcomeEvents.extra} extra / ${r.outcomeEvents.missing} missing outcome events`,
    `${r.lostRows} lost rows, ${r.lostPieces} lost pieces, ${r.missingPieces} missing pieces`,
    settled,
  ].join('; ');
}

/** The failure message of a fault test: the phase, every violation, and the processes' own account. */
export function phaseFailure(p: PhaseResult, diagnostics: string): string {
  return [
    `${p.title} (lasted ${seconds(p.faultMs)}): ${outcomeCell(p)}`,
    `client: ${clientCell(p.client)}`,
    ...p.report.violations.map((v) => `- ${v}`),
    diagnostics,
  ].join('\n');
}
