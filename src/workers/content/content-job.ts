/**
 * The `content` queue's processor: the tutorial, resources and quiz of one concept, each stored as soon as it
 * is done. A piece that fails for good is marked failed without discarding the others. A retryable failure
 * (rate limit, timeout) fails the job so the queue retries it; pieces already completed are skipped then.
 */
import type { Job } from 'bullmq';
import type { z } from 'zod';
import { proposedResourcesSchema, quizSchema, tutorialSchema } from '../../domain/content.js';
import { CONTENT_KINDS, type ContentKind } from '../../domain/enums.js';
import type { Concept, Outline } from '../../domain/roadmap.js';
import { catalogueUrls } from '../../llm/offline/catalogue-urls.js';
import { LlmError, type LlmProvider, type TaskContext } from '../../llm/port.js';
import { promptFor } from '../../llm/prompts.js';
import type { ContentJob } from '../../queue/jobs.js';
import type { Runtime } from '../../runtime.js';
import { completePiece, currentPieces, failPiece, listVersions, markGenerating, type PieceKey } from '../../store/sql/content.js';
import { getRoadmap } from '../../store/sql/roadmaps.js';
import { RoadmapCancelled, type CancellationWatcher } from './cancellation.js';
import { continueLane, finalizeIfDone } from './content-phase.js';
import { verifyResources, type LinkChecker } from './link-check.js';

export interface ContentDeps {
  rt: Runtime;
  llm: LlmProvider;
  cancellation: CancellationWatcher;
  checkLink: LinkChecker;
}

export function contentProcessor(d: ContentDeps) {
  const { rt } = d;
  return async (job: Job<ContentJob>): Promise<{ status: string }> => {
    const data = job.data;
    const logger = rt.logger.child({ roadmapId: data.roadmapId, requestId: data.requestId, conceptId: data.conceptId, jobId: job.id });
    const roadmap = await getRoadmap(rt.pool, data.roadmapId);
    const outline = roadmap?.outline;
    const located = outline ? locate(outline, data.conceptId) : null;
    // Lane jobs belong to a running content phase; a regeneration may also run on a finished roadmap.
    const live = roadmap && (data.regenerate ? roadmap.status !== 'cancelled' : roadmap.status === 'running' && roadmap.step === 'content');
    if (!roadmap || !located || !live) {
      logger.info({ status: roadmap?.status }, 'concept job no longer applies; skipped');
      return { status: 'skipped' };
    }
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const { signal, release } = d.cancellation.track(data.roadmapId, rt.config.CONTENT_JOB_TIMEOUT_MS);
    try {
      for (const key of await piecesToDo(rt, data)) {
        const context: TaskContext = { request: roadmap.request, outline: outline ?? undefined, concept: located.concept, conceptPath: located.path };
        await generatePiece(d, data, key, context, signal, finalAttempt);
      }
    } catch (err) {
      if (signal.aborted && signal.reason instanceof RoadmapCancelled) {
        logger.info('roadmap cancelled; concept work stopped');
        return { status: 'cancelled' };
      }
      throw err;
    } finally {
      release();
      await rt.logs.flush();
    }
    await continueLane(rt, data);
    await finalizeIfDone(rt, data.roadmapId, data.requestId);
    return { status: 'done' };
  };
}

/** The pieces this job must produce: the current unfinished ones, or the one version being regenerated. */
async function piecesToDo(rt: Runtime, data: ContentJob): Promise<Array<PieceKey & { instructions: string | null }>> {
  if (data.regenerate) {
    const { kind, version } = data.regenerate;
    const row = (await listVersions(rt.pool, data.roadmapId, data.conceptId)).find((p) => p.kind === kind && p.version === version);
    return row && row.status !== 'completed' ? [{ roadmapId: data.roadmapId, conceptId: data.conceptId, kind, version, instructions: row.instructions }] : [];
  }
  const pieces = await currentPieces(rt.pool, data.roadmapId, data.conceptId);
  return CONTENT_KINDS.flatMap((kind) => {
    const p = pieces.find((x) => x.kind === kind);
    return p && p.status !== 'completed' ? [{ roadmapId: data.roadmapId, conceptId: data.conceptId, kind, version: p.version, instructions: p.instructions }] : [];
  });
}

async function generatePiece(
  d: ContentDeps,
  data: ContentJob,
  key: PieceKey & { instructions: string | null },
  context: TaskContext,
  signal: AbortSignal,
  finalAttempt: boolean,
): Promise<void> {
  const { rt } = d;
  const event = { roadmapId: data.roadmapId, requestId: data.requestId, category: 'content' as const, step: 'content' as const, conceptId: data.conceptId, agent: key.kind };
  await rt.logs.capacity();
  await markGenerating(rt.pool, key);
  const started = performance.now();
  try {
    const body = await produce(d, key.kind, { ...context, feedback: key.instructions ?? undefined }, data.roadmapId, signal);
    // As with workflow steps: the event is queued before the piece commits, under an id derived from the
    // piece, so a crash in between neither loses it nor (after the redo) doubles it.
    rt.logs.emit({
      ...event,
      level: 'info',
      message: `${key.kind} ready (v${key.version})`,
      durationMs: Math.round(performance.now() - started),
      dedupeKey: `${data.conceptId}/${key.kind}/v${key.version}/ready`,
    });
    await rt.logs.flush();
    await completePiece(rt.pool, key, body);
  } catch (err) {
    if (signal.aborted && signal.reason instanceof RoadmapCancelled) throw err;
    const retryable = !(err instanceof LlmError) || err.retryable;
    const message = err instanceof Error ? err.message : String(err);
    if (retryable && !finalAttempt) {
      rt.logs.emit({ ...event, level: 'warn', message: `${key.kind} attempt failed, will retry: ${message}` });
      throw err;
    }
    await failPiece(rt.pool, key, { code: err instanceof LlmError ? `LLM_${err.kind.toUpperCase()}` : 'CONTENT_FAILED', message });
    rt.logs.emit({ ...event, level: 'error', message: `${key.kind} failed: ${message}` });
  }
}

async function produce(d: ContentDeps, kind: ContentKind, context: TaskContext, roadmapId: string, signal: AbortSignal): Promise<unknown> {
  const call = <S extends z.ZodType>(task: ContentKind, schema: S) =>
    d.llm.generate({ task, schema, prompt: promptFor(task, context), context, roadmapId, signal });
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
