/** The evaluation as a plain-text table: a row per goal, then the run's totals and means. */
import type { GoalReport, GoalScores } from './report.js';

const COLUMNS = ['goal', 'lang', 'status', 'checks', 'budget', 'titles', 'depth', 'links', 'quiz', 'rubric', 'time'] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

const BUDGET_MARK: Record<GoalScores['budget']['fit'], string> = { within: '', over: ' over', short_explained: ' noted', short_unexplained: ' short' };

function row(g: GoalReport): Row {
  const s = g.scores;
  return {
    goal: g.id,
    lang: g.language,
    status: g.status,
    checks: !s ? '—' : s.hardChecks.pass ? 'pass' : `${s.hardChecks.issues.length} fail`,
    budget: s ? `${Math.round(s.budget.percent)}%${BUDGET_MARK[s.budget.fit]}` : '—',
    titles: !s ? '—' : s.titles.wrong.length === 0 ? 'ok' : `${s.titles.wrong.length}/${s.titles.checked} off`,
    depth: s ? String(s.prerequisites.depth) : '—',
    links: percent(s?.resources.verified ?? null),
    quiz: percent(s?.quiz.share ?? null),
    rubric: s?.rubric ? String(s.rubric.overall) : '—',
    time: seconds(g.durationMs),
  };
}

/** Counts of how many goals pass, means of measures, and shares pooled over every resource and question. */
function totals(goals: readonly GoalReport[]): Row {
  const scored = goals.flatMap((g) => (g.scores ? [g.scores] : []));
  const of = (n: number) => `${n}/${goals.length}`;
  const sum = (f: (s: GoalScores) => number) => scored.reduce((a, s) => a + f(s), 0);
  const pooled = (part: number, whole: number) => percent(whole ? part / whole : null);
  const depth = mean(scored.map((s) => s.prerequisites.depth));
  const rubric = mean(scored.flatMap((s) => (s.rubric ? [s.rubric.overall] : [])));
  return {
    goal: `all (${goals.length})`,
    lang: '',
    status: `${of(goals.filter((g) => g.status === 'completed').length)} done`,
    checks: of(scored.filter((s) => s.hardChecks.pass).length),
    budget: `${of(scored.filter((s) => s.budget.fit === 'within' || s.budget.fit === 'short_explained').length)} fit`,
    titles: `${of(scored.filter((s) => s.titles.wrong.length === 0).length)} ok`,
    depth: depth === null ? '—' : depth.toFixed(1),
    links: pooled(sum((s) => s.resources.catalogue + s.resources.http), sum((s) => s.resources.total)),
    quiz: pooled(sum((s) => s.quiz.answerable), sum((s) => s.quiz.questions)),
    rubric: rubric === null ? '—' : rubric.toFixed(1),
    time: seconds(goals.reduce((a, g) => a + g.durationMs, 0)),
  };
}

export function reportTable(goals: readonly GoalReport[]): string {
  const header = Object.fromEntries(COLUMNS.map((c) => [c, c])) as Row;
  const rows = [header, ...goals.map(row), totals(goals)];
  const width = Object.fromEntries(COLUMNS.map((c) => [c, Math.max(...rows.map((r) => r[c].length))])) as Record<keyof Row, number>;
  const line = (r: Row) => COLUMNS.map((c) => r[c].padEnd(width[c])).join('  ').trimEnd();
  const rule = COLUMNS.map((c) => '-'.repeat(width[c])).join('  ');
  return [line(header), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1)!)].join('\n');
}
