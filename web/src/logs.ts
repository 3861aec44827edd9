/**
 * The execution log as a learner reads it: in sequence order (`seq` is a 64-bit integer sent as a string,
 * so it is compared as a BigInt), workflow step keys as words ("validation-0" → "Structure check (round 1)"),
 * and concepts by their titles instead of their ids.
 */
import type { LogEntry } from './api.js';
import type { MessageKey } from './i18n.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function bySeq(a: Pick<LogEntry, 'seq'>, b: Pick<LogEntry, 'seq'>): number {
  const x = BigInt(a.seq);
  const y = BigInt(b.seq);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A workflow step key in words. Keys are the content worker's checkpoint names: `intent_analysis`,
 * `outline`, `validation-<round from 0>`, `repair-<round from 1>`, and after the learner's review R:
 * `review-R-repair` (the repair with the feedback), `review-R-validation-<n>`, `review-R-repair-<n>`.
 */
export function stepName(key: string, t: Translate): string {
  if (key === 'intent_analysis' || key === 'outline') return t(`step.${key}`);
  const m = /^(?:review-(\d+)-)?(validation|repair)(?:-(\d+))?$/.exec(key);
  if (!m) return key;
  const [, review, kind, n] = m;
  if (n === undefined) return review && kind === 'repair' ? t('logstep.feedbackRepair', { review }) : key;
  const round = kind === 'validation' ? Number(n) + 1 : Number(n);
  if (review) return t(kind === 'validation' ? 'logstep.reviewValidation' : 'logstep.reviewRepair', { review, n: round });
  return t(kind === 'validation' ? 'logstep.validation' : 'logstep.repair', { n: round });
}

const STEP_EVENT = /^Step (\S+) (started|completed)$/;
const PIECE_READY = /^(tutorial|resources|quiz) ready \(v(\d+)\)$/;

/** The entry's message in the UI's words where it is one of the workflow's own; other messages as sent. */
export function logMessage(entry: Pick<LogEntry, 'message'>, t: Translate): string {
  const step = STEP_EVENT.exec(entry.message);
  if (step) return t(step[2] === 'started' ? 'log.stepStarted' : 'log.stepCompleted', { step: stepName(step[1]!, t) });
  const piece = PIECE_READY.exec(entry.message);
  if (piece) return t('log.pieceReady', { kind: t(`kind.${piece[1] as 'tutorial' | 'resources' | 'quiz'}`), version: piece[2]! });
  return entry.message;
}

/** The review round the outline is waiting in: the latest "ready for review" event says it. */
export function reviewRound(entries: readonly Pick<LogEntry, 'details'>[]): number | undefined {
  const rounds = entries.flatMap((e) => (e.details?.status === 'awaiting_review' && typeof e.details.round === 'number' ? [e.details.round] : []));
  return rounds.length ? Math.max(...rounds) : undefined;
}
