/** The terminal event of a roadmap's run. */
import type { TerminalStatus, WorkflowStep } from '../domain/enums.js';
import { keyed } from './events.js';
import type { LogSink } from './producer.js';

export interface RunRef {
  roadmapId: string;
  requestId: string | null;
  /** The roadmap's job generation: a retried roadmap ends again, and that is a new event. */
  jobSeq: number;
}

/** Its id derives from the roadmap and the run, so announcing it again after a crash stores it once. */
export function emitOutcome(logs: LogSink, run: RunRef, status: TerminalStatus, step: WorkflowStep, detail?: string): void {
  logs.emit({
    roadmapId: run.roadmapId,
    requestId: run.requestId,
    category: 'workflow',
    level: status === 'failed' ? 'error' : status === 'completed' ? 'info' : 'warn',
    step,
    message: status === 'completed' ? 'Roadmap completed' : `Roadmap ${status}${detail ? `: ${detail}` : ''}`,
    details: keyed('run.finished', { status, ...(detail ? { reason: detail } : {}) }),
    dedupeKey: `outcome-${run.jobSeq}`,
  });
}
