/**
 * The `content` queue's processor: one piece of a concept (its tutorial, resources or quiz; an older version's
 * job, all three), stored as soon as it is done. A piece that fails for good is marked failed without discarding the others. Infrastructure faults
 * and failed attempts are the job runner's: the job is tried again, skipping the pieces already completed.
 */
import { keyed } from '../../logsink/events.js';
import type { Job } from 'bullmq';
import type { z } from 'zod';
import { proposedResourcesSchema, quizSchema, tutorialSchema } from '../../domain/content.js';
import { CONTENT_KINDS, isTerminal, type ContentKind } from '../../domain/enums.js';
import { isUnfinished } from '../../domain/lifecycle.js';
import type { Concept, Outline } from '../../domain/roadmap.js';
import { catalogueUrls } from '../../llm/offline/catalogue-urls.js';
import type { LlmProvider, TaskContext } from '../../llm/port.js';
import { promptFor } from '../../llm/prompts.js';
import { emitOutcome } from '../../logsink/outcome.js';
import { isModuleJob, type ContentJob, type ContentQueueJob, type ModuleJob } from '../../queue/jobs.js';
import type { Runtime } from '../../runtime.js';
import { completePiece, currentPieces, failPiece, failUnfinishedOfConcept, listVersions, markGenerating, type PieceKey } from '../../store/sql/content.js';
import { getRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import type { CancellationWatcher } from '../cancellation.js';
import { resilientProcessor, type FinalFailure, type RunContext } from '../job-runner.js';
import { classify } from '../retry-policy.js';
import { continueLane, finalizeIfDone } from './content-phase.js';
import { verifyResources, type LinkChecker } from './link-check.js';
import { moduleRegenerationFailed, runModuleRegeneration } from './module-job.js';
import { piecesTotal } from '../../telemetry/metrics.js';

export interface ContentDeps {
  rt: Runtime;
  llm: LlmProvider;
  cancellation: CancellationWatcher;
  checkLink: LinkChecker;
}

export function contentProcessor(d: ContentDeps) {
  const { rt } = d;
  return resilientProcessor<ContentQueueJob, { status: string }>({
    logger: rt.logger,
    transientWindowMs: rt.config.TRANSIENT_RETRY_WINDOW_MS,
    track: (job) => d.cancellation.track(job.data.roadmapId, rt.config.CONTENT_JOB_TIMEOUT_MS),
    run: (job, ctx) => (isModuleJob(job.data) ? runModuleRegeneration(rt, d.llm, job as Job<ModuleJob>, ctx) : runConcept(d, job as Job<ContentJob>, ctx)),
    settle: () => rt.logs.flush(),
  });
}

/** Lane jobs belong to the running content phase of their generation; a regeneration may also run on a finished roadmap. */
function applies(roadmap: RoadmapRow, data: ContentJob): boolean {
  if (data.regenerate) return roadmap.status !== 'cancelled';
  return roadmap.status === 'running' && roadmap.step === 'content' && data.lane?.seq === roadmap.job_seq;
}

async function runConcept(d: ContentDeps, job: Job<ContentJob>, ctx: RunContext): Promise<{ status: string }> {
  const { rt } = d;
  const data = job.data;
  const logger = rt.logger.child({ roadmapId: data.roadmapId, requestId: data.requestId, conceptId: data.conceptId, jobId: job.id });
  const roadmap = await getRoadmap(rt.pool, data.roadmapId);
  const located = roadmap?.outline ? locate(roadmap.outline, data.conceptId) : null;
  if (!roadmap || !located || !applies(roadmap, data)) {
    // The roadmap finished in this generation: this may be the job that finished it, redelivered after a crash
    // between the outcome's commit and its announcement. Announce it again; its id is stable, so it is stored once.
    if (roadmap && data.lane?.seq === roadmap.job_seq && isTerminal(roadmap.status) && roadmap.status !== 'cancelled') {
      emitOutcome(rt.logs, { roadmapId: roadmap.id, requestId: data.requestId, jobSeq: roadmap.job_seq }, roadmap.status, roadmap.step, roadmap.error?.message);
    }
    logger.info({ status: roadmap?.status, jobSeq: roadmap?.job_seq }, 'concept job no longer applies; skipped');
    return { status: 'skipped' };
  }
  const context: TaskContext = { request: roadmap.request, outline: roadmap.outline ?? undefined, concept: located.concept, conceptPath: located.path };
  // A one-piece lane job hands its lane on as soon as its answer is in, so the next piece's LLM call does not
  // wait for this one's writes; an older version's whole-concept job, once it is done.
  let handedOn = false;
  const handOn = async () => {
    await continueLane(rt, data, job.id ?? '');
    handedOn = true;
  };
  for (const key of await piecesToDo(rt, data)) await generatePiece(d, data, key, context, ctx, data.kind ? handOn : undefined);
  if (!handedOn) await continueLane(rt, data, job.id ?? '');
  await finalizeIfDone(rt, data.roadmapId, data.requestId);
  return { status: 'done' };
}

/** The pieces this job must produce: the current unfinished ones, or the one version being regenerated. */
async function piecesToDo(rt: Runtime, data: ContentJob): Promise<Array<PieceKey & { instructions: string | null }>> {
  if (data.regenerate) {
    const { kind, version } = data.regenerate;
    const row = (await listVersions(rt.pool, data.roadmapId, data.conceptId)).find((p) => p.kind === kind && p.version === version);
    return row && isUnfinished(row.status) ? [{ roadmapId: data.roadmapId, conceptId: data.conceptId, kind, version, instructions: row.instructions }] : [];
  }
  const pieces = await currentPieces(rt.pool, data.roadmapId, data.conceptId);
  return CONTENT_KINDS.filter((kind) => data.kind === undefined || kind === data.kind).flatMap((kind) => {
    const p = pieces.find((x) => x.kind === kind);
    return p && isUnfinished(p.status) ? [{ roadmapId: data.roadmapId, conceptId: data.conceptId, kind, version: p.version, instructions: p.instructions }] : [];
  });
}

function pieceEvent(data: ContentJob, kind: ContentKind) {
  return { roadmapId: data.roadmapId, requestId: data.requestId, category: 'content' as const, step: 'content' as const, conceptId: data.conceptId, agent: kind };
}

/**
 * One piece. A failure that another attempt may fix is thrown (the runner retries the job); one that ends the
 * piece — permanent, or a content failure on the last attempt — marks it failed and lets its siblings go on.
 */
async function generatePiece(
  d: ContentDeps,
  data: ContentJob,
  key: PieceKey & { instructions: string | null },
  context: TaskContext,
  ctx: RunContext,
  onAnswered?: () => Promise<void>,
): Promise<void> {
  const { rt } = d;
  const event = pieceEvent(data, key.kind);
  await rt.logs.capacity();
  await markGenerating(rt.pool, key);
  const started = performance.now();
  try {
    const body = await produce(d, key.kind, { ...context, feedback: key.instructions ?? undefined }, data.roadmapId, ctx.signal);
    await onAnswered?.();
    // As with workflow steps: the event is queued before the piece commits, under an id derived from the
    // piece, so a crash in between neither loses it nor (after the redo) doubles it.
    rt.logs.emit({ ...event, level: 'info', message: `${key.kind} ready (v${key.version})`, details: keyed('piece.ready', { kind: key.kind, version: key.version }), durationMs: Math.round(performance.now() - started), dedupeKey: `${data.conceptId}/${key.kind}/v${key.version}/ready` });
    await rt.logs.flush();
    // Counted once: a redelivered job that finds the piece already completed changes nothing.
    if (await completePiece(rt.pool, key, body)) piecesTotal.inc({ kind: key.kind, outcome: 'completed' });
  } catch (err) {
    const verdict = classify(err, ctx.signal);
    const endsPiece = verdict.kind === 'permanent' || (verdict.kind === 'content' && ctx.finalAttempt);
    if (!endsPiece) {
      if (verdict.kind === 'content') rt.logs.emit({ ...event, level: 'warn', message: `${key.kind} attempt failed, will retry: ${verdict.message}` });
      throw err;
    }
    const failure = verdict as FinalFailure;
    if (await failPiece(rt.pool, key, { code: failure.code, message: failure.message })) piecesTotal.inc({ kind: key.kind, outcome: 'failed' });
    rt.logs.emit({ ...event, level: 'error', message: `${key.kind} failed: ${failure.message}`, details: { code: failure.code } });
  }
}

async function produce(d: ContentDeps, kind: ContentKind, context: TaskContext, roadmapId: string, signal: AbortSignal): Promise<unknown> {
  const call = <S extends z.ZodType>(task: ContentKind, schema: S) => d.llm.generate({ task, schema, prompt: promptFor(task, context), context, roadmapId, signal });
  if (kind === 'tutorial') return call('tutorial', tutorialSchema);
  if (kind === 'quiz') return call('quiz', quizSchema);
  const proposed = await call('resources', proposedResourcesSchema);
  return { resources: await verifyResources(proposed.resources, catalogueUrls(), d.checkLink) };
}

function locate(outline: Outline, conceptId: string): { concept: Concept; path: { stage: string; module: string } } | null {
  for (const s of outline.stages)
    for (const m of s.modules)
      for (const c of m.concepts) if (c.id === conceptId) return { concept: c, path: { stage: s.title, module: m.title } };
  return null;
}

/**
 * The failure path of a concept job that ended for good (its attempts, the transient window, or BullMQ's
 * stalled limit): its unfinished pieces fail with the reason, its lane goes on, and the roadmap is finalised
 * once nothing is left — so a dead job never leaves the roadmap `running`.
 */
export async function conceptFailed(rt: Runtime, job: Job<ContentQueueJob>, failure: FinalFailure): Promise<void> {
  if (isModuleJob(job.data)) return moduleRegenerationFailed(rt, job as Job<ModuleJob>, failure);
  const data = job.data;
  const event = { roadmapId: data.roadmapId, requestId: data.requestId, category: 'content' as const, step: 'content' as const, conceptId: data.conceptId };
  const error = { code: failure.code, message: failure.message };
  if (data.regenerate) {
    const { kind, version } = data.regenerate;
    if (await failPiece(rt.pool, { roadmapId: data.roadmapId, conceptId: data.conceptId, kind, version }, error)) {
      piecesTotal.inc({ kind, outcome: 'failed' });
      rt.logs.emit({ ...event, agent: kind, level: 'error', message: `${kind} failed: ${failure.message}`, details: { code: failure.code } });
    }
  } else {
    // A lane job of an older generation speaks for nothing: the current generation owns these pieces now.
    const roadmap = await getRoadmap(rt.pool, data.roadmapId);
    if (!roadmap || !applies(roadmap, data)) return;
    for (const kind of await failUnfinishedOfConcept(rt.pool, data.roadmapId, data.conceptId, error, data.kind)) {
      piecesTotal.inc({ kind, outcome: 'failed' });
      rt.logs.emit({ ...event, agent: kind, level: 'error', message: `${kind} failed: ${failure.message}`, details: { code: failure.code } });
    }
    await continueLane(rt, data, job.id ?? '');
  }
  await finalizeIfDone(rt, data.roadmapId, data.requestId);
  await rt.logs.flush();
}
