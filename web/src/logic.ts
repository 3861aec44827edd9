/**
 * The web app's pure logic, with no DOM: form values → a validated request (the API's own zod schema),
 * API errors → readable messages, quiz scoring, progress and the generation timeline.
 */
import { WORKFLOW_STEPS, type RoadmapStatus, type WorkflowStep } from '../../src/domain/enums.js';
import { roadmapRequestSchema, type Concept, type Outline, type RoadmapRequestInput } from '../../src/domain/roadmap.js';
import type { Question } from '../../src/domain/content.js';
import { isCorrect } from '../../src/domain/quiz.js';
import { codeProblem } from './account-logic.js';
import { messages, type Lang, type MessageKey, type MessageParam } from './i18n.js';

export interface FormValues {
  goal: string;
  level: string;
  hoursPerWeek: string;
  weeks: string;
  background: string;
  motivation: string;
  language: string;
  review: boolean;
  /** Write each concept's content when it is first opened (`content: on_demand`), not all of it at once. */
  onDemand: boolean;
}
export type FormField = keyof FormValues;
export interface Problem {
  key: MessageKey;
  params?: Record<string, MessageParam>;
}
export type FieldProblems = Partial<Record<FormField, Problem>>;

const FIELDS: readonly FormField[] = ['goal', 'level', 'hoursPerWeek', 'weeks', 'background', 'motivation', 'language', 'review'];

function optionalText(s: string): string | undefined {
  return s.trim() === '' ? undefined : s;
}
function optionalNumber(s: string): number | undefined {
  return s.trim() === '' ? undefined : Number(s);
}

/** The request body the form describes: empty optional fields are left out so the API's defaults apply. */
export function formToBody(v: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {
    goal: v.goal,
    level: v.level,
    hoursPerWeek: optionalNumber(v.hoursPerWeek),
    weeks: optionalNumber(v.weeks),
    background: optionalText(v.background),
    motivation: optionalText(v.motivation),
    language: optionalText(v.language),
    review: v.review,
    content: v.onDemand ? 'on_demand' : 'eager',
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  expected?: string;
  format?: string;
}

export function issueProblem(issue: Issue): Problem {
  const numeric = issue.origin === 'number';
  switch (issue.code) {
    case 'too_small':
      if (!numeric && Number(issue.minimum) === 1) return { key: 'err.required' };
      return { key: numeric ? 'err.min' : 'err.tooShort', params: { n: Number(issue.minimum) } };
    case 'too_big':
      return { key: numeric ? 'err.max' : 'err.tooLong', params: { n: Number(issue.maximum) } };
    case 'invalid_type':
      return { key: issue.expected === 'int' ? 'err.integer' : issue.expected === 'number' ? 'err.number' : 'err.invalid' };
    default:
      if (issue.format === 'email') return { key: 'err.email' };
      return { key: issue.path[0] === 'language' ? 'err.language' : 'err.invalid' };
  }
}

/** A schema's issues as the first problem of each form field that `fieldOf` finds in an issue's path. */
export function fieldProblems<F extends string>(issues: readonly { path: readonly PropertyKey[] }[], fieldOf: (path: readonly PropertyKey[]) => F | undefined): Partial<Record<F, Problem>> {
  const problems: Partial<Record<F, Problem>> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field) problems[field] ??= issueProblem(issue as unknown as Issue);
  }
  return problems;
}

/** Validates the form with the API's schema: a request to send, or a problem per field. */
export function validateForm(v: FormValues): { request: RoadmapRequestInput } | { problems: FieldProblems } {
  const parsed = roadmapRequestSchema.safeParse(formToBody(v));
  if (parsed.success) return { request: formToBody(v) as RoadmapRequestInput };
  return { problems: fieldProblems(parsed.error.issues, ([field]) => (typeof field === 'string' && (FIELDS as readonly string[]).includes(field) ? (field as FormField) : undefined)) };
}

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

/**
 * A readable message for an API error (`retryAfter`: its Retry-After, for the codes that say when to try
 * again), and the fields its details name (`body.goal` → goal).
 */
export function apiProblem(err: ApiErrorBody, retryAfter?: number): { problem: Problem; fields: FieldProblems } {
  const key = `api.${err.code}`;
  const problem: Problem =
    codeProblem(err, retryAfter) ??
    (key in messages.en && key !== 'api.OTHER' ? { key: key as MessageKey } : { key: 'api.OTHER', params: { code: err.code, message: err.message } });
  const fields: FieldProblems = {};
  const details = Array.isArray(err.details) ? (err.details as Array<{ field?: unknown; message?: unknown }>) : [];
  for (const d of details) {
    const field = String(d.field ?? '').replace(/^body\./, '');
    if ((FIELDS as readonly string[]).includes(field)) fields[field as FormField] = { key: 'err.server', params: { message: String(d.message ?? '') } };
  }
  return { problem, fields };
}

/**
 * What to call a roadmap: the goal the learner asked for, with the outline's own title beneath it when that
 * says something else (so two roadmaps for one goal read as the goal, and the outline never renames it).
 */
export function roadmapTitle(goal: string, outlineTitle: string | undefined): { title: string; subtitle?: string } {
  const plain = (s: string) => s.trim().toLowerCase().replace(/[\s.!?。！？]+$/u, '');
  return outlineTitle && plain(outlineTitle) !== plain(goal) ? { title: goal, subtitle: outlineTitle } : { title: goal };
}

/** The UI language that suits a BCP-47 language tag. */
export function uiLangFor(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

// Quiz ---------------------------------------------------------------------------------------------------

export type Answers = Readonly<Record<string, readonly number[]>>;

/** The choices after picking option `index`: one choice replaces the other, a multiple choice toggles. */
export function choose(q: Pick<Question, 'type'>, chosen: readonly number[] = [], index: number): number[] {
  if (q.type !== 'multiple_choice') return [index];
  return chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index].sort((a, b) => a - b);
}

export { isCorrect };

/** Whether the question already says that several options may be right (LLM questions often do). */
export function saysChooseAll(question: string): boolean {
  return /choose all|select all|all that apply|多选/i.test(question);
}

export type OptionMark = 'chosen-right' | 'chosen-wrong' | 'missed' | 'none';

/** After submitting: each option as the learner should read it: picked and right, picked and wrong, or a right one missed. */
export function optionMark(q: Pick<Question, 'answer'>, chosen: readonly number[] = [], index: number): OptionMark {
  const right = q.answer.includes(index);
  if (chosen.includes(index)) return right ? 'chosen-right' : 'chosen-wrong';
  return right ? 'missed' : 'none';
}

export function scoreQuiz(questions: readonly Pick<Question, 'id' | 'answer'>[], answers: Answers) {
  const correct = questions.filter((q) => isCorrect(q, answers[q.id])).map((q) => q.id);
  const total = questions.length;
  return { correct: correct.length, total, percent: total ? Math.round((correct.length / total) * 100) : 0, correctIds: new Set(correct) };
}

// Concepts and tutorials ---------------------------------------------------------------------------------

/** The concepts before and after one, in the outline's order (across modules and stages). */
export function neighbours(outline: Outline, conceptId: string): { previous?: Concept; next?: Concept } {
  const all = outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
  const at = all.findIndex((c) => c.id === conceptId);
  if (at < 0) return {};
  return { ...(at > 0 ? { previous: all[at - 1] } : {}), ...(at < all.length - 1 ? { next: all[at + 1] } : {}) };
}

/**
 * A tutorial without its own top heading: the page already shows the concept's title, and a second one
 * reads as a duplicate. Only a level-1 heading before any other heading goes; code blocks are left alone.
 */
export function withoutTitle(markdown: string): string {
  const lines = markdown.split('\n');
  let fenced = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !/^#{1,6}\s/.test(line)) continue;
    if (!/^#\s/.test(line)) return markdown;
    return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
  }
  return markdown;
}

// Progress -----------------------------------------------------------------------------------------------

export interface Tally {
  done: number;
  total: number;
  percent: number;
}
function tally(ids: readonly string[], done: ReadonlySet<string>): Tally {
  const n = ids.filter((id) => done.has(id)).length;
  return { done: n, total: ids.length, percent: ids.length ? Math.round((n / ids.length) * 100) : 0 };
}

export function stageProgress(outline: Outline, done: ReadonlySet<string>): Record<string, Tally> {
  return Object.fromEntries(outline.stages.map((s) => [s.id, tally(s.modules.flatMap((m) => m.concepts.map((c) => c.id)), done)]));
}

export function overallProgress(outline: Outline, done: ReadonlySet<string>): Tally {
  return tally(outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => c.id))), done);
}

// Timeline -----------------------------------------------------------------------------------------------

export type PhaseState = 'done' | 'active' | 'failed' | 'waiting' | 'pending' | 'skipped';
/**
 * The phases a learner sees: not `queued` (the status badge says that, and "queued" beside finished steps
 * reads as a contradiction), and `repair` only once it has happened.
 */
export const PHASES: readonly WorkflowStep[] = WORKFLOW_STEPS.filter((s) => s !== 'repair' && s !== 'queued');

/** `reviewWanted`: whether the learner asked to review the outline; if not, that phase is skipped. */
export function phaseStates(step: WorkflowStep, status: RoadmapStatus, reviewWanted: boolean): Array<{ step: WorkflowStep; state: PhaseState }> {
  const steps = step === 'repair' ? WORKFLOW_STEPS.filter((s) => s !== 'queued') : PHASES;
  const at = steps.indexOf(step);
  const stopped = status === 'failed' || status === 'cancelled' || status === 'partial';
  return steps.map((s, i) => {
    if (s === 'review' && !reviewWanted) return { step: s, state: 'skipped' };
    if (status === 'completed' || i < at) return { step: s, state: 'done' };
    if (i > at) return { step: s, state: 'pending' };
    if (stopped) return { step: s, state: 'failed' };
    if (status === 'awaiting_review') return { step: s, state: 'waiting' };
    return { step: s, state: 'active' };
  });
}
