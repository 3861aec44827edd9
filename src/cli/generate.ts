/**
 * `pathsmith generate "<goal>"`: the learner's command-line client. It submits the request to a running API,
 * shows progress phase by phase as the execution log grows, handles the review (interactively on a terminal),
 * and prints the finished outline as a tree or writes it to --out (roadmap.md or roadmap.json).
 */
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RoadmapView } from '../api/schemas.js';
import { CONTENT_KINDS, isTerminal } from '../domain/enums.js';
import { conceptsOf } from '../domain/roadmap.js';
import { outlineTree, roadmapMarkdown, type ConceptContent } from '../export/markdown.js';
import { followEvents, type ApiTarget, type StreamEvent } from './events-client.js';

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

class ApiError extends Error {}

async function call<T>(api: ApiTarget, path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${api.base}${path}`, {
      method: init?.method ?? 'GET',
      headers: init?.body === undefined ? api.headers : { ...api.headers, 'content-type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    throw new ApiError(`cannot reach the API at ${api.base} (${String((err as Error).cause ?? err)}); is \`pathsmith start\` running?`);
  }
  const body = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string; details?: Array<{ field: string; message: string }> } };
  if (!res.ok) {
    const details = body.error?.details?.map((d) => `\n  ${d.field}: ${d.message}`).join('') ?? '';
    throw new ApiError(`${body.error?.code ?? res.status}: ${body.error?.message ?? res.statusText}${details}`);
  }
  return body as T;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

function describe(e: StreamEvent): string | null {
  if (e.category === 'content' || e.terminal) return null; // content is summarised as a counter, the end below
  const level = e.level === 'error' ? '✗ ' : e.level === 'warn' ? '! ' : '';
  return `  ${level}${e.message}${e.durationMs ? ` (${e.durationMs} ms)` : ''}`;
}

async function askReview(api: ApiTarget, roadmap: RoadmapView): Promise<void> {
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

async function collectContent(api: ApiTarget, roadmap: RoadmapView): Promise<Map<string, ConceptContent>> {
  const out = new Map<string, ConceptContent>();
  for (const c of roadmap.outline ? conceptsOf(roadmap.outline) : []) {
    const page = await call<{ content: Record<string, { current: { status: string; body?: unknown } }> }>(api, `/v1/roadmaps/${roadmap.id}/concepts/${c.id}`);
    const entry: Record<string, unknown> = {};
    for (const kind of CONTENT_KINDS) if (page.content[kind]?.current.status === 'completed') entry[kind] = page.content[kind]?.current.body;
    out.set(c.id, entry as ConceptContent);
  }
  return out;
}

/** Returns the process exit code: 0 completed, 2 partial, 1 anything else. */
export async function runGenerate(goal: string, o: GenerateOptions): Promise<number> {
  const api: ApiTarget = { base: o.api.replace(/\/$/, ''), headers: o.apiKey ? { authorization: `Bearer ${o.apiKey}` } : {} };
  const body = Object.fromEntries(
    Object.entries({ goal, hoursPerWeek: o.hours, weeks: o.weeks, level: o.level, language: o.language, review: o.review, background: o.background, motivation: o.motivation }).filter(([, v]) => v !== undefined),
  );
  try {
    const accepted = await call<{ id: string }>(api, '/v1/roadmaps', { method: 'POST', body });
    say(`Roadmap ${accepted.id} accepted; generating…`);
    let pieces = 0;
    let roadmap = await call<RoadmapView>(api, `/v1/roadmaps/${accepted.id}`);
    for await (const event of followEvents(api, accepted.id)) {
      const line = describe(event);
      if (line) say(line);
      if (event.category === 'content' && / ready /.test(event.message)) {
        pieces++;
        if (pieces % 10 === 0) say(`  content: ${pieces} pieces ready`);
      }
      if (event.details?.status === 'awaiting_review') {
        roadmap = await call<RoadmapView>(api, `/v1/roadmaps/${accepted.id}`);
        if (roadmap.status === 'awaiting_review') await askReview(api, roadmap);
      }
      if (event.terminal) break;
    }
    // The stream ends with the terminal event; the roadmap row is the authority on the outcome.
    for (let i = 0; i < 20; i++) {
      roadmap = await call<RoadmapView>(api, `/v1/roadmaps/${accepted.id}`);
      if (isTerminal(roadmap.status)) break;
      await sleep(250);
    }
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
