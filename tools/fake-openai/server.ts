/**
 * An OpenAI-compatible fake server for tests: `POST /v1/chat/completions` (JSON and SSE streaming) and
 * `GET /v1/models` on 127.0.0.1, answering each task with what the offline provider answers for the context the
 * prompt was rendered from. Faults (429, 500, 400, slow, malformed, wrong shape) come from targets (a goal, a
 * concept), tasks, a script, then from seeded rates, so runs are reproducible. Latency is fixed, a seeded range, or
 * a seeded range per task (a latency model: how long a real model takes for each kind of answer), and every
 * request records the latency it drew, so a benchmark can compute what an ideal schedule would have taken.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChatTask, LlmTask } from '../../src/llm/port.js';
import { answerFor, type ChatMessage } from './answers.js';

/** `cut`: the answer stops half-way and the connection is dropped (a streamed answer after half its chunks). */
export type Fault = '429' | '500' | '400' | 'slow' | 'malformed' | 'wrong_shape' | 'cut' | 'ok';

/** Milliseconds drawn uniformly from [min, max] for one answer of a task. */
export type LatencyRange = readonly [min: number, max: number];

/**
 * A latency per task, as a real model has: short JSON answers take seconds, a tutorial much longer (and it is
 * streamed). `scale` multiplies every draw, so a quick benchmark runs the same shape at a tenth of the time.
 * A repair request uses its task's range (an outline repair is `repair`; a content repair, its content task).
 */
export interface LatencyModel {
  tasks: Partial<Record<LlmTask | ChatTask, LatencyRange>>;
  scale: number;
}

/** Seconds a hosted model takes per task for answers of these sizes, from the latency model. */
export const REALISTIC_LATENCY: LatencyModel = {
  scale: 1,
  tasks: {
    intent: [2000, 4000],
    outline: [4000, 8000],
    validation: [2000, 4000],
    repair: [4000, 8000],
    tutorial: [8000, 15_000],
    resources: [2000, 4000],
    quiz: [3000, 6000],
  },
};

export interface FaultPlan {
  rate429?: number;
  /** Retry-After of a 429, in seconds; default 1. */
  retryAfterSeconds?: number;
  rate500?: number;
  rateSlow?: number;
  /** How long a slow answer waits before its headers; default 5000. */
  slowMs?: number;
  rateMalformed?: number;
  rateWrongShape?: number;
  /** Added to every answer; a streamed answer spreads its chunks over it. */
  latencyMs?: number;
  /** With latencyMs, each answer's latency is drawn uniformly from [latencyMs, latencyMaxMs], as a real API varies. */
  latencyMaxMs?: number;
  /** A latency per task; where it names the request's task it replaces latencyMs/latencyMaxMs. */
  latencyModel?: LatencyModel;
  seed?: number;
  /** Faults for the next requests, in order, before the rates apply. */
  script?: Fault[];
  /** A fault applied to every request of a task (e.g. `{ quiz: '400' }`), before the script and the rates. */
  taskFaults?: Partial<Record<string, Fault>>;
  /**
   * Faults aimed at one learner's goal and/or one concept (the first target that matches wins), before
   * everything else: e.g. slow answers for one concept job, so a worker can be killed while it is on it.
   */
  targetFaults?: Array<{ goal?: string; conceptId?: string; task?: string; fault: Fault }>;
}

export interface RecordedRequest {
  task: string | undefined;
  model: string;
  stream: boolean;
  /** A repair request: the first answer and a complaint about it follow the prompt. */
  repair: boolean;
  fault: Fault;
  /** The learner's goal and the concept the prompt is about, when it names them. */
  goal: string | undefined;
  conceptId: string | undefined;
  messages: ChatMessage[];
  /** The usage the answer reported; absent for an error answer. */
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** The latency drawn for the answer (0 for an error answer). */
  latencyMs: number;
  at: number;
  /** When the answer ended or the client went away; unset while it is being answered. */
  endedAt?: number;
}

export interface FakeOpenAi {
  /** Base URL ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  /** Replaces the plan and restarts its PRNG from the seed. */
  setFaults(f: FaultPlan): void;
  /** Chat requests being answered right now, and the most there ever were at once. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  close(): Promise<void>;
}

export interface FakeOpenAiOptions {
  faults?: FaultPlan;
}

/** Small, fast and seedable: enough randomness for fault injection. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tokens = (chars: number) => Math.max(1, Math.ceil(chars / 4));

export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  let plan: FaultPlan = {};
  let script: Fault[] = [];
  let random = mulberry32(1);
  // Latency has its own draws, so a seed gives the same fault sequence with or without a latency range.
  let latencyRandom = mulberry32(1);
  let inFlight = 0;
  let maxInFlight = 0;
  let seq = 0;
  const requests: RecordedRequest[] = [];

  function setFaults(f: FaultPlan): void {
    plan = { ...f };
    script = [...(f.script ?? [])];
    random = mulberry32(f.seed ?? 1);
    latencyRandom = mulberry32((f.seed ?? 1) + 0x9e3779b9);
  }
  setFaults(options.faults ?? {});

  function nextFault(task: string | undefined, goal: string | undefined, conceptId: string | undefined): Fault {
    const target = plan.targetFaults?.find((t) => (t.goal === undefined || t.goal === goal) && (t.conceptId === undefined || t.conceptId === conceptId) && (t.task === undefined || t.task === task));
    if (target) return target.fault;
    const forTask = task ? plan.taskFaults?.[task] : undefined;
    if (forTask) return forTask;
    const scripted = script.shift();
    if (scripted) return scripted;
    // One draw per request, whatever the rates, so a seed gives the same sequence for any plan.
    let r = random();
    const rates: [Fault, number | undefined][] = [
      ['429', plan.rate429],
      ['500', plan.rate500],
      ['slow', plan.rateSlow],
      ['malformed', plan.rateMalformed],
      ['wrong_shape', plan.rateWrongShape],
    ];
    for (const [fault, rate] of rates) {
      if (r < (rate ?? 0)) return fault;
      r -= rate ?? 0;
    }
    return 'ok';
  }

  function drawLatency(task: LlmTask | ChatTask | undefined): number {
    const range = task ? plan.latencyModel?.tasks[task] : undefined;
    if (range) return (range[0] + latencyRandom() * (range[1] - range[0])) * (plan.latencyModel?.scale ?? 1);
    const base = plan.latencyMs ?? 0;
    return plan.latencyMaxMs !== undefined && plan.latencyMaxMs > base ? base + latencyRandom() * (plan.latencyMaxMs - base) : base;
  }

  async function chat(req: IncomingMessage, res: ServerResponse, closed: AbortSignal): Promise<void> {
    const body = JSON.parse(await readBody(req)) as {
      model: string;
      messages: ChatMessage[];
      stream?: boolean;
      stream_options?: { include_usage?: boolean };
    };
    const answer = answerFor(body.messages);
    const fault = nextFault(answer.task, answer.goal, answer.conceptId);
    const stream = body.stream === true;
    const record: RecordedRequest = {
      task: answer.task,
      model: body.model,
      stream,
      repair: answer.repair,
      fault,
      goal: answer.goal,
      conceptId: answer.conceptId,
      messages: body.messages,
      latencyMs: 0,
      at: Date.now(),
    };
    requests.push(record);
    res.once('close', () => (record.endedAt = Date.now()));
    if (fault === '429') {
      const headers = { 'retry-after': String(plan.retryAfterSeconds ?? 1) };
      return sendError(res, 429, { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' }, headers);
    }
    if (fault === '500') return sendError(res, 500, { message: 'The server had an error', type: 'server_error', code: null });
    if (fault === '400') {
      return sendError(res, 400, { message: 'Invalid request', type: 'invalid_request_error', code: 'invalid_value' });
    }
    if (fault === 'slow') await sleep(plan.slowMs ?? 5000, undefined, { signal: closed });

    const valid = await answer.content();
    const content =
      fault === 'malformed' ? valid.slice(0, Math.max(1, Math.floor(valid.length / 2)))
      : fault === 'wrong_shape' ? JSON.stringify({ answer: 42 })
      : valid;
    const usage = {
      prompt_tokens: tokens(body.messages.reduce((n, m) => n + (typeof m.content === 'string' ? m.content.length : 0), 0)),
      completion_tokens: tokens(content.length),
      total_tokens: 0,
    };
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
    record.usage = usage;
    const id = `chatcmpl-fake-${++seq}`;
    const created = Math.floor(Date.now() / 1000);
    const latency = drawLatency(answer.task);
    record.latencyMs = latency;

    if (!stream) {
      if (fault === 'cut') return void res.destroy();
      if (latency > 0) await sleep(latency, undefined, { signal: closed });
      const completion = {
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage,
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion));
      return;
    }

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const includeUsage = body.stream_options?.include_usage === true;
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices, ...(includeUsage ? { usage: null } : {}), ...extra })}\n\n`;
    const pieces = splitInto(content, 8);
    const gap = latency / (pieces.length + 1);
    res.write(chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]));
    for (const [i, piece] of pieces.entries()) {
      if (fault === 'cut' && i >= pieces.length / 2) {
        // What was written reaches the client before the connection drops, as with a server that dies mid-answer.
        await new Promise<void>((resolve) => res.write('', () => resolve()));
        return void res.destroy();
      }
      if (gap > 0) await sleep(gap, undefined, { signal: closed });
      res.write(chunk([{ index: 0, delta: { content: piece }, finish_reason: null }]));
    }
    if (gap > 0) await sleep(gap, undefined, { signal: closed });
    res.write(chunk([{ index: 0, delta: {}, finish_reason: 'stop' }]));
    if (includeUsage) res.write(chunk([], { usage }));
    res.end('data: [DONE]\n\n');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/v1/models') {
      const data = [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'pathsmith-tests' }];
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data }));
      return;
    }
    if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
      sendError(res, 404, { message: `No route ${req.method} ${url.pathname}`, type: 'invalid_request_error', code: null });
      return;
    }
    const closed = new AbortController();
    let done = false;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const finish = () => {
      if (done) return;
      done = true;
      inFlight--;
      closed.abort();
    };
    res.once('finish', finish);
    res.once('close', finish);
    chat(req, res, closed.signal).catch((err: unknown) => {
      if (closed.signal.aborted) return; // the client went away (a timeout or an abort): nothing to answer
      if (!res.headersSent) sendError(res, 500, { message: `fake server: ${String(err)}`, type: 'server_error', code: null });
      else res.destroy();
    });
  });
  // Keep-alive sockets from the SDK would otherwise hold close() until they idle out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setFaults,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function sendError(res: ServerResponse, status: number, error: Record<string, unknown>, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ error }));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function splitInto(text: string, n: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / n));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}
