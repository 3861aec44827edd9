/**
 * The execution log as a learner reads it: in sequence order (`seq` is a 64-bit integer sent as a string,
 * so it is compared as a BigInt), workflow step keys as words ("validation-0" → "Structure check (round 1)"),
 * and concepts by their titles instead of their ids.
 */
import { LOG_KEYS, ROADMAP_STATUSES, type LogKey, type RoadmapStatus } from '../../src/domain/enums.js';
import type { LogEntry } from './api.js';
import type { TextKey } from './i18n.js';

type Translate = (key: TextKey, params?: Record<string, string | number>) => string;

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
const KINDS = ['tutorial', 'resources', 'quiz'] as const;

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const kindName = (v: unknown, t: Translate) => (KINDS.includes(v as (typeof KINDS)[number]) ? t(`kind.${v as (typeof KINDS)[number]}`) : text(v));
const statusName = (v: unknown, t: Translate) => (ROADMAP_STATUSES.includes(v as RoadmapStatus) ? t(`status.${v as RoadmapStatus}`) : text(v));

/** A standard event by its stable `details.key`, with the values the server sent beside it. */
function keyedMessage(key: LogKey, d: Record<string, unknown>, t: Translate): string {
  switch (key) {
    case 'step.started':
    case 'step.completed':
      return t(key === 'step.started' ? 'log.stepStarted' : 'log.stepCompleted', { step: stepName(text(d.step), t) });
    case 'piece.ready':
      return t('log.pieceReady', { kind: kindName(d.kind, t), version: text(d.version) });
    case 'run.finished':
      return d.reason ? t('logkey.run.finishedWhy', { status: statusName(d.status, t), reason: text(d.reason) }) : t('logkey.run.finished', { status: statusName(d.status, t) });
    case 'retry.requested':
      return t('logkey.retry.requested', { was: statusName(d.was, t) });
    case 'regenerate.requested':
      return t('logkey.regenerate.requested', { kind: kindName(d.kind, t), version: text(d.version) });
    case 'run.resumed':
      return t('logkey.run.resumed', { run: text(d.run) });
    case 'outline.edited': {
      const count = (v: unknown) => String(Array.isArray(v) ? v.length : 0);
      return t('logkey.outline.edited', { from: text(d.from), to: text(d.to), added: count(d.added), removed: count(d.removed) });
    }
    case 'module.regenerate.requested':
    case 'module.regenerated':
      return t(`logkey.${key}`, { module: text(d.moduleId) });
    case 'module.regenerate.failed':
      return t('logkey.module.regenerate.failed', { module: text(d.moduleId), reason: text(d.reason) });
    case 'review.waiting':
    case 'review.approved':
    case 'review.rejected':
      return t(`logkey.${key}`, { round: text(d.round) });
    default:
      return t(`logkey.${key}`);
  }
}

/**
 * The entry's message in the UI's words where it is one of the standard events (by `details.key`; events
 * stored before the keys existed by their English wording); other messages as sent.
 */
export function logMessage(entry: Pick<LogEntry, 'message'> & Partial<Pick<LogEntry, 'details'>>, t: Translate): string {
  const key = entry.details?.key;
  if (LOG_KEYS.includes(key as LogKey)) return keyedMessage(key as LogKey, entry.details!, t);
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
