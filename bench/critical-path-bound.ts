/**
 * A roadmap's critical path, from the requests the fake LLM answered for it. The workflow's steps run one after
 * another (intent → outline → validation, with any repair and its validation), so they add up. The content
 * pieces (tutorial, resources, quiz of every concept) depend only on the final outline, not on each other, and at
 * most `lanes` of them run at once, so no schedule finishes them sooner than the longest piece, nor sooner than
 * their total time spread evenly over the lanes: the bound is the larger of the two. A piece's time is the sum of
 * its requests (a repair request after invalid JSON belongs to its piece).
 */
import type { RecordedRequest } from '../tools/fake-openai/server.js';

const WORKFLOW_TASKS = new Set(['intent', 'outline', 'validation', 'repair']);

export interface CriticalPath {
  boundMs: number;
  /** The workflow's LLM time, its steps in sequence. */
  workflowMs: number;
  contentBoundMs: number;
  longestPieceMs: number;
  /** All pieces' LLM time, added up. */
  piecesMs: number;
  pieces: number;
  /** From the first content request's start to the last one's end: the content phase as the LLM saw it. */
  contentSpanMs: number;
}

const duration = (r: RecordedRequest) => (r.endedAt ?? r.at) - r.at;

export function criticalPath(requests: readonly RecordedRequest[], lanes: number): CriticalPath {
  const workflow = requests.filter((r) => WORKFLOW_TASKS.has(r.task ?? ''));
  const content = requests.filter((r) => !WORKFLOW_TASKS.has(r.task ?? ''));
  const pieces = new Map<string, number>();
  for (const r of content) pieces.set(`${r.conceptId}/${r.task}`, (pieces.get(`${r.conceptId}/${r.task}`) ?? 0) + duration(r));
  const times = [...pieces.values()];
  const longestPieceMs = Math.max(0, ...times);
  const piecesMs = times.reduce((a, b) => a + b, 0);
  const contentBoundMs = Math.max(longestPieceMs, piecesMs / lanes);
  const workflowMs = workflow.reduce((a, r) => a + duration(r), 0);
  const contentSpanMs = content.length === 0 ? 0 : Math.max(...content.map((r) => r.endedAt ?? r.at)) - Math.min(...content.map((r) => r.at));
  return { boundMs: workflowMs + contentBoundMs, workflowMs, contentBoundMs, longestPieceMs, piecesMs, pieces: pieces.size, contentSpanMs };
}
