/**
 * The roadmap's lifecycle, declared once (DESIGN.md "The roadmap's lifecycle"). Every writer of a status goes
 * through a named transition: the store's conditional UPDATEs take their allowed "from" statuses from here,
 * the API decides its 409s with `can`, and the web app shows or hides its buttons with the same rules.
 *
 *   queued → running → (awaiting_review ⇄ queued → running) → completed | partial | failed
 *   cancelled from any non-terminal status; partial | failed | cancelled → queued or running on a retry.
 *
 * Invariant: a non-terminal roadmap always has live work, or is waiting on the learner (awaiting_review), or
 * is held: queued but not yet admitted to the queue, because its owner's generation slots are all in use
 * (QUOTA_ACTIVE_ROADMAPS); it is admitted, in order, when one of them finishes. Every transition into `queued`
 * holds the roadmap, and admission (src/accounts/admission.ts) decides when it gets its job.
 * `rescue` is how that is restored when the queue has lost the work: it keeps the status and starts a new
 * job generation (job_seq + 1), so the old generation's jobs, if any ever ran again, would find themselves stale.
 *
 * Content on demand (a request's `content: on_demand`): the run ends `completed` (step `done`) as soon as the
 * outline is final, with no piece created — every piece is "not generated yet", which the concept read shows as
 * pending without a version. The first open of a concept creates its pieces and enqueues one piece job each (as a
 * regeneration does, its id derived from the piece version); the next concept of the learner's schedule is opened
 * with it. So the invariant holds with no new status: the finished roadmap waits on the learner, and every piece
 * that exists and is unfinished on a finished roadmap is carried by its own piece job, which the reconciler checks
 * (PIECE_JOBS_CARRY); a piece never opened does not exist, so nothing re-creates it.
 */
import type { ContentStatus, RoadmapStatus } from './enums.js';

interface Transition<S extends string> {
  readonly from: readonly S[];
  /** The status after the transition; `null` keeps the status it had. */
  readonly to: S | readonly S[] | null;
}

export const ROADMAP_TRANSITIONS = {
  /** A worker takes the roadmap's job; a redelivered job claims a running roadmap again. */
  claim: { from: ['queued', 'running'], to: 'running' },
  /** The outline is final for now and the learner asked to review it. */
  awaitReview: { from: ['running'], to: 'awaiting_review' },
  /** The learner answered the review: the workflow runs again as a new job generation. */
  answerReview: { from: ['awaiting_review'], to: 'queued' },
  /** The run ended: every piece completed or failed, or the workflow failed for good (also before it was claimed). */
  finish: { from: ['queued', 'running'], to: ['completed', 'partial', 'failed'] },
  /** The learner stops all further work; final. */
  cancel: { from: ['queued', 'running', 'awaiting_review'], to: 'cancelled' },
  /** A learner's retry of a run that ended before content: the workflow resumes from its checkpoints. */
  retryWorkflow: { from: ['partial', 'failed', 'cancelled'], to: 'queued' },
  /** A learner's retry once content exists: unfinished pieces are made pending, and the run resumes at content. */
  retryContent: { from: ['partial', 'failed', 'cancelled'], to: 'queued' },
  /** Work the queue no longer has is created again, from the stored checkpoints and pieces. */
  rescue: { from: ['queued', 'running'], to: null },
  /**
   * The learner edits the outline of a finished run, adding no concept: the status stays. Only finished runs
   * with content are edited: while the workflow runs it writes the outline itself; in awaiting_review the
   * learner's say is the review (its feedback is repaired in); failed and cancelled runs are retried first.
   */
  editOutline: { from: ['completed', 'partial'], to: null },
  /**
   * An edit (or a module's regeneration) added concepts, or removed concepts of a partial run (whose failed
   * pieces may have gone with them): their pieces need generating or the outcome deciding, so the run is reopened
   * at its content phase as a new job generation, queued (held until admitted, like any other generation), and
   * the roadmap job resumes content for the unfinished pieces — live work the reconciler knows how to check.
   */
  extendContent: { from: ['completed', 'partial'], to: 'queued' },
} as const satisfies Record<string, Transition<RoadmapStatus>>;

export type RoadmapTransition = keyof typeof ROADMAP_TRANSITIONS;

/** Whether a roadmap in `status` may take `transition`. */
export function can(transition: RoadmapTransition, status: RoadmapStatus): boolean {
  return (ROADMAP_TRANSITIONS[transition].from as readonly RoadmapStatus[]).includes(status);
}

/** The "from" statuses of a transition, for a conditional UPDATE (`WHERE status = ANY($n)`). */
export function fromStatuses(transition: RoadmapTransition): RoadmapStatus[] {
  return [...ROADMAP_TRANSITIONS[transition].from];
}

/** How the run of an on-demand roadmap ends once its outline is final (see the header). */
export const ON_DEMAND_FINISH = { status: 'completed', step: 'done' } as const satisfies { status: (typeof ROADMAP_TRANSITIONS.finish.to)[number]; step: string };

/**
 * Finished roadmaps whose unfinished pieces are each carried by their own piece job (a regeneration, or an
 * on-demand piece), whatever their version; the reconciler re-creates those jobs when the queue lost them.
 * Not `cancelled`: its pieces are abandoned with it.
 */
export const PIECE_JOBS_CARRY = ['completed', 'partial', 'failed'] as const satisfies readonly RoadmapStatus[];

/** Statuses in which the roadmap must have live work in the queue (the reconciler checks exactly these). */
export const EXPECTS_WORK = ['queued', 'running'] as const satisfies readonly RoadmapStatus[];

export function expectsWork(status: RoadmapStatus): boolean {
  return (EXPECTS_WORK as readonly RoadmapStatus[]).includes(status);
}

/**
 * Whether a learner's retry applies: a finished run that did not complete, or a run whose work is not live
 * (the queue lost it, or it failed without our failure path). A run with live work is left alone.
 */
export function canRetry(status: RoadmapStatus, workIsLive: boolean): boolean {
  return can('retryWorkflow', status) || (can('rescue', status) && !workIsLive);
}

/** One piece of content (a concept's tutorial, resources or quiz at one version). */
export const PIECE_TRANSITIONS = {
  /** A job starts (or, redelivered, restarts) generating it. */
  start: { from: ['pending', 'generating'], to: 'generating' },
  /** The first finished answer is kept; a duplicate delivery finds it completed and stores nothing. */
  complete: { from: ['pending', 'generating'], to: 'completed' },
  /** Failed for good: its attempts are used, it stalled too often, or it cannot be generated at all. */
  fail: { from: ['pending', 'generating'], to: 'failed' },
  /** A learner's retry makes every unfinished piece pending again. */
  reset: { from: ['pending', 'generating', 'failed'], to: 'pending' },
} as const satisfies Record<string, Transition<ContentStatus>>;

export type PieceTransition = keyof typeof PIECE_TRANSITIONS;

export function pieceFrom(transition: PieceTransition): ContentStatus[] {
  return [...PIECE_TRANSITIONS[transition].from];
}

/** Pieces that still need work: the content phase is not over while one remains. */
export const UNFINISHED_PIECE_STATUSES = ['pending', 'generating'] as const satisfies readonly ContentStatus[];

export function isUnfinished(status: ContentStatus): boolean {
  return (UNFINISHED_PIECE_STATUSES as readonly ContentStatus[]).includes(status);
}
