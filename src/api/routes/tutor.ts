/**
 * The concept tutor. POST answers as Server-Sent Events: `token` events with the answer's text as it arrives,
 * then `end` with the stored message's id and usage, or `error` with a stable code when the LLM fails. GET
 * returns the stored conversation, which the tutor remembers across visits (its newest turns go into each prompt).
 *
 * What is stored when: the learner's message before the LLM is asked (it was said, whatever follows); the
 * tutor's answer when it ends, also when it did not finish — `partial` if the learner left while it streamed
 * (what they had received), `failed` if the LLM failed mid-way (what had arrived, and the code) — always
 * together with what it cost, which counts against the learner's monthly token quota like a roadmap's calls.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertTokensLeft, quotasOf } from '../../accounts/quotas.js';
import type { Resource, Tutorial } from '../../domain/content.js';
import { recentTurns, TUTOR_HISTORY_MAX_TURNS } from '../../domain/tutor.js';
import { createLlmProvider } from '../../llm/index.js';
import type { ChatAnswer } from '../../llm/port.js';
import { tutorMessages } from '../../llm/tutor-prompt.js';
import { usageRecorder, type Services } from '../../runtime.js';
import { withTransaction } from '../../store/db.js';
import { listVersions } from '../../store/sql/content.js';
import { usageOf } from '../../store/sql/quotas.js';
import { conversation, insertLearnerMessage, insertTutorAnswer, type TutorMessageRow } from '../../store/sql/tutor-messages.js';
import { callerOf, conceptOf, roadmapOf } from '../auth/caller.js';
import { errorEvent, sseEvent, writeSseHead } from '../live/stream.js';
import { conceptParamsSchema, errorSchema } from '../schemas.js';
import { conversationSchema, tutorMessageBodySchema } from '../tutor-schemas.js';

/** What GET shows: enough for any page of the conversation a learner scrolls through in one visit. */
const SHOWN_MESSAGES = 200;

function view(m: TutorMessageRow) {
  return {
    id: m.id,
    role: m.role,
    content: m.content,
    status: m.status,
    ...(m.error_code ? { errorCode: m.error_code } : {}),
    tokens: m.tokens,
    createdAt: m.created_at.toISOString(),
  };
}

function statusOf(answer: ChatAnswer) {
  if (!answer.error) return 'complete' as const;
  return answer.error.kind === 'aborted' ? ('partial' as const) : ('failed' as const);
}

export function tutorRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool, config, logger } = deps;
  const llm = createLlmProvider(config, { logger, onUsage: usageRecorder(pool, logger) });
  return async (app) => {
    app.get(
      '/v1/roadmaps/:id/concepts/:conceptId/chat',
      {
        schema: {
          summary: "The concept tutor's conversation with you, oldest first",
          tags: ['concepts'],
          params: conceptParamsSchema,
          response: { 200: conversationSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) => {
        const row = roadmapOf(request);
        const { conceptId } = request.params;
        conceptOf(row, conceptId);
        const messages = await conversation(pool, { roadmapId: row.id, conceptId, userId: callerOf(request).user.id }, SHOWN_MESSAGES);
        return { roadmapId: row.id, conceptId, messages: messages.map(view) };
      },
    );

    app.post(
      '/v1/roadmaps/:id/concepts/:conceptId/chat',
      {
        schema: {
          summary: 'Ask the concept tutor (answered as Server-Sent Events)',
          description:
            'Streams `event: token` with `{ text }` chunks of the answer, then `event: end` with `{ id, status, usage: { promptTokens, completionTokens } }` once it is stored. If the LLM fails: `event: error` with `{ code, message, id }` (what had arrived is stored, status failed). The answer counts against your monthly token quota; past it: `429 QUOTA_EXCEEDED` before anything is asked.',
          tags: ['concepts'],
          params: conceptParamsSchema,
          body: tutorMessageBodySchema,
          response: { 200: z.string().describe('text/event-stream'), 400: errorSchema, 404: errorSchema, 429: errorSchema },
        },
      },
      async (request, reply) => {
        const row = roadmapOf(request);
        const { conceptId } = request.params;
        const found = conceptOf(row, conceptId);
        const caller = callerOf(request);
        const quotas = quotasOf(caller.user, config);
        if (quotas.tokensPerMonth > 0) {
          const used = (await usageOf(pool, [caller.user.id])).get(caller.user.id);
          if (used) assertTokensLeft(used, quotas);
        }
        const key = { roadmapId: row.id, conceptId, userId: caller.user.id };
        const [versions, earlier] = await Promise.all([listVersions(pool, row.id, conceptId), conversation(pool, key, TUTOR_HISTORY_MAX_TURNS)]);
        const latest = (kind: string) => versions.find((v) => v.kind === kind && v.status === 'completed')?.body;
        const message = request.body.message;
        const learnerMessage = await insertLearnerMessage(pool, key, message);

        reply.hijack();
        const res = reply.raw;
        writeSseHead(res, request.id);
        const left = new AbortController();
        // A model can think a while before its first token: proxies and idle timeouts must not take that
        // for a dead stream.
        const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), config.SSE_HEARTBEAT_MS);
        res.on('close', () => {
          clearInterval(heartbeat);
          left.abort(new Error('the client closed the stream'));
        });
        res.write(sseEvent('message', { id: learnerMessage.id }));
        const context = {
          request: row.request,
          concept: found.concept,
          conceptPath: { stage: found.stage.title, module: found.module.title },
          tutorial: latest('tutorial') as Tutorial | undefined,
          resources: (latest('resources') as { resources: Resource[] } | undefined)?.resources,
          history: recentTurns(earlier.map((m) => ({ role: m.role, content: m.content }))),
          message,
        };
        const answer = await llm.chat({
          task: 'tutor',
          roadmapId: row.id,
          signal: left.signal,
          context,
          messages: tutorMessages(context),
          onToken: (text) => {
            if (!res.writableEnded) res.write(sseEvent('token', { text }));
          },
        });
        clearInterval(heartbeat);
        const status = statusOf(answer);
        try {
          const stored = await withTransaction(pool, (db) => insertTutorAnswer(db, key, { content: answer.text, status, errorCode: answer.error?.code ?? null, usage: answer.usage }));
          if (answer.error) {
            if (status === 'failed') request.log.warn({ err: answer.error, roadmapId: row.id, conceptId }, 'tutor answer failed');
            res.end(sseEvent('error', { code: answer.error.code, message: 'The tutor could not finish its answer; what arrived is kept. Ask again to retry.', id: stored.id }));
          } else {
            res.end(sseEvent('end', { id: stored.id, status, usage: { promptTokens: answer.usage.promptTokens, completionTokens: answer.usage.completionTokens } }));
          }
        } catch (err) {
          request.log.warn({ err, roadmapId: row.id, conceptId }, 'tutor answer not stored');
          res.end(errorEvent('DEPENDENCY_UNAVAILABLE', 'The answer could not be stored; ask again.'));
        }
      },
    );
  };
}
