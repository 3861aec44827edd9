/**
 * `pathsmith generate "<goal>"`: the learner's command-line client. It submits the request to a running API,
 * shows progress phase by phase as the execution log grows, handles the review (interactively on a terminal),
 * and prints the finished outline as a tree or writes it to --out (roadmap.md or roadmap.json).
 */
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import type { RoadmapView } from '../api/schemas.js';
import { CONTENT_KINDS } from '../domain/enums.js';
import { outlineTree, roadmapMarkdown } from '../export/markdown.js';
import { ApiError, apiTarget, call, collectContent, followRoadmap, type ApiTarget, type ReviewList, type StreamEvent } from '../client/api.js';
import { outcomeLines } from './review-text.js';

export interface GenerateOptions {
  api: string;
  /** Sent as `Authorization: Bearer <key>` (a server in accounts mode needs one). */
  apiKey?: string;
  hours?: number;
  weeks?: number;
  level?: string;
  language?: string;
  review?: boolean;
  background?: string;
  motivation?: string;
  out?: string;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

function describe(e: StreamEvent): string | null {
  if (e.category === 'content' || e.terminal) return null; // content is summarised as a counter, the end below
  const level = e.level === 'error' ? '✗ ' : e.level === 'warn' ? '! ' : '';
  return `  ${level}${e.message}${e.durationMs ? ` (${e.durationMs} ms)` : ''}`;
}

/** What the last repair did with the learner's feedback, before the outline it produced. */
async function sayLastOutcome(api: ApiTarget, roadmapId: string): Promise<void> {
  const { items } = await call<ReviewList>(api, `/v1/roadmaps/${roadmapId}/reviews`);
  const last = items.at(-1);
  if (last?.outcome) for (const line of outcomeLines(last.round, last.outcome)) say(line);
}

async function askReview(api: ApiTarget, roadmap: RoadmapView): Promise<void> {
  await sayLastOutcome(api, roadmap.id);
  if (roadmap.outline) say(outlineTree(roadmap.outline, undefined, roadmap.request.language));
  if (!process.stdin.isTTY) {
    say(`The outline waits for your review: POST ${api.base}/v1/roadmaps/${roadmap.id}/review { "approve": true } (or false with "feedback").`);
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question('Approve this outline? [Y/n] ')).trim().toLowerCase();
    if (answer === '' || answer.startsWith('y')) {
      await call(api, `/v1/roadmaps/${roadmap.id}/review`, { method: 'POST', body: { approve: true } });
      return;
    }
    let feedback = '';
    while (!feedback) feedback = (await rl.question('What should change? ')).trim();
    await call(api, `/v1/roadmaps/${roadmap.id}/review`, { method: 'POST', body: { approve: false, feedback } });
  } finally {
    rl.close();
  }
}

/** Returns the process exit code: 0 completed, 2 partial, 1 anything else. */
export async function runGenerate(goal: string, o: GenerateOptions): Promise<number> {
  const api = apiTarget(o.api, o.apiKey);
  const body = Object.fromEntries(
    Object.entries({ goal, hoursPerWeek: o.hours, weeks: o.weeks, level: o.level, language: o.language, review: o.review, background: o.background, motivation: o.motivation }).filter(([, v]) => v !== undefined),
  );
  try {
    const accepted = await call<{ id: string }>(api, '/v1/roadmaps', { method: 'POST', body });
    say(`Roadmap ${accepted.id} accepted; generating…`);
    let pieces = 0;
    const roadmap = await followRoadmap(api, accepted.id, {
      onEvent: (event) => {
        const line = describe(event);
        if (line) say(line);
        if (event.category === 'content' && / ready /.test(event.message)) {
          pieces++;
          if (pieces % 10 === 0) say(`  content: ${pieces} pieces ready`);
        }
      },
      onReview: (waiting) => askReview(api, waiting),
    });
    say(`Roadmap ${roadmap.status}: ${roadmap.progress.conceptsDone} of ${roadmap.progress.conceptsTotal} concepts have a tutorial, resources and a quiz.`);
    for (const f of roadmap.error?.failed ?? []) say(`  ✗ ${f.conceptId} ${f.kind}: ${f.error ?? 'failed'}`);
    if (roadmap.outline) {
      if (o.out) {
        const content = await collectContent(api, roadmap);
        const text = o.out.endsWith('.json')
          ? JSON.stringify({ ...roadmap, concepts: Object.fromEntries(content) }, null, 2)
          : roadmapMarkdown(roadmap.outline, content, { language: roadmap.request.language });
        await writeFile(o.out, text);
        say(`Written to ${o.out}`);
      } else {
        const marks = roadmap.content ?? {};
        const mark = (id: string) => (CONTENT_KINDS.every((k) => marks[id]?.[k] === 'completed') ? '✓ ' : '· ');
        process.stdout.write(`${outlineTree(roadmap.outline, mark, roadmap.request.language)}\n`);
      }
    }
    return roadmap.status === 'completed' ? 0 : roadmap.status === 'partial' ? 2 : 1;
  } catch (err) {
    if (err instanceof ApiError) {
      say(`pathsmith generate: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
