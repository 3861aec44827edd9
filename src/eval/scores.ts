/**
 * The measures `pathsmith eval` takes of one finished roadmap, from what the API serves: the hard checks, how
 * the plan uses the learner's time, whether every title is in the roadmap's language, how deep the
 * prerequisites go, how many resource links were verified, and whether every quiz question can be answered.
 */
import type { Question } from '../domain/content.js';
import { budgetBand, checkOutline } from '../domain/outline-checks.js';
import { conceptsOf, type Outline, type RoadmapRequest } from '../domain/roadmap.js';
import type { ConceptContent } from '../export/markdown.js';
import type { GoalScores } from './report.js';

/** Enough to see what kind of problem a roadmap has without a report as long as the roadmap. */
const MAX_LISTED = 20;

/** Writing systems by the primary language subtag; any language not listed is taken to be written in Latin. */
const SCRIPTS: Record<string, { name: string; letters: RegExp }> = {
  zh: { name: 'Han', letters: /\p{Script=Han}/u },
  ja: { name: 'Japanese', letters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u },
  ko: { name: 'Hangul', letters: /\p{Script=Hangul}/u },
  ru: { name: 'Cyrillic', letters: /\p{Script=Cyrillic}/u },
  uk: { name: 'Cyrillic', letters: /\p{Script=Cyrillic}/u },
  el: { name: 'Greek', letters: /\p{Script=Greek}/u },
  ar: { name: 'Arabic', letters: /\p{Script=Arabic}/u },
  he: { name: 'Hebrew', letters: /\p{Script=Hebrew}/u },
  hi: { name: 'Devanagari', letters: /\p{Script=Devanagari}/u },
  th: { name: 'Thai', letters: /\p{Script=Thai}/u },
};
const LATIN = /\p{Script=Latin}/u;
/** A Latin-script title may name "Go" or "SQL", but a letter of another script listed above means another language. */
const NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u;

export function titleLanguage(outline: Outline, language: string): GoalScores['titles'] {
  const script = SCRIPTS[language.split('-')[0]!.toLowerCase()];
  const inScript = (t: string) => (script ? script.letters.test(t) : LATIN.test(t) && !NON_LATIN.test(t));
  const titles = [outline.title, ...outline.stages.flatMap((s) => [s.title, ...s.modules.flatMap((m) => [m.title, ...m.concepts.map((c) => c.title)])])];
  return { script: script?.name ?? 'Latin', checked: titles.length, wrong: titles.filter((t) => !inScript(t)).slice(0, MAX_LISTED) };
}

export function budgetFit(outline: Outline, request: RoadmapRequest): GoalScores['budget'] {
  const budgetHours = request.hoursPerWeek * request.weeks;
  const plannedHours = conceptsOf(outline).reduce((sum, c) => sum + c.hours, 0);
  const band = budgetBand(budgetHours);
  const note = outline.budgetNote?.trim() || null;
  const fit = plannedHours > band.max ? 'over' : plannedHours >= band.min ? 'within' : note ? 'short_explained' : 'short_unexplained';
  return { budgetHours, plannedHours, percent: Math.round((plannedHours / budgetHours) * 1000) / 10, fit, budgetNote: note };
}

/** The longest prerequisite chain, as concept ids from the first prerequisite to the last concept. */
export function prerequisiteDepth(outline: Outline): GoalScores['prerequisites'] {
  const concepts = conceptsOf(outline);
  const prereqs = new Map(concepts.map((c) => [c.id, c.prerequisites]));
  const longest = new Map<string, string[]>();
  const visiting = new Set<string>();
  const chainTo = (id: string): string[] => {
    const known = longest.get(id);
    if (known) return known;
    // A cycle (the hard checks report it) or an unknown prerequisite ends the chain there.
    if (visiting.has(id) || !prereqs.has(id)) return [];
    visiting.add(id);
    const best = (prereqs.get(id) ?? []).map(chainTo).reduce<string[]>((a, b) => (b.length > a.length ? b : a), []);
    visiting.delete(id);
    const chain = [...best, id];
    longest.set(id, chain);
    return chain;
  };
  const chain = concepts.map((c) => chainTo(c.id)).reduce<string[]>((a, b) => (b.length > a.length ? b : a), []);
  return { concepts: concepts.length, depth: chain.length, chain };
}

export function resourceVerification(content: ReadonlyMap<string, ConceptContent>): GoalScores['resources'] {
  const all = [...content.values()].flatMap((c) => c.resources?.resources ?? []);
  const count = (v: string) => all.filter((r) => r.verification === v).length;
  const [catalogue, http, search] = [count('catalogue'), count('http'), count('search')];
  return { total: all.length, catalogue, http, search, verified: all.length ? (catalogue + http) / all.length : null };
}

const normalised = (option: string) => option.trim().toLowerCase().replace(/\s+/g, ' ');

/** Why a question cannot be answered as marked; none when exactly its marked answers are right. */
export function questionProblems(q: Question): string[] {
  const problems: string[] = [];
  if (q.options.some((o) => normalised(o) === '')) problems.push('an empty option');
  if (new Set(q.options.map(normalised)).size !== q.options.length) problems.push('duplicate options, so the marked answer is ambiguous');
  if (q.answer.some((a) => !Number.isInteger(a) || a < 0 || a >= q.options.length)) problems.push('an answer index out of range');
  if (new Set(q.answer).size !== q.answer.length) problems.push('an answer marked twice');
  if (q.type === 'multiple_choice') {
    if (q.answer.length < 2) problems.push('multiple choice with fewer than two answers');
    if (q.answer.length >= q.options.length) problems.push('every option is marked correct');
  } else if (q.answer.length !== 1) {
    problems.push(`${q.type} with ${q.answer.length} marked answers`);
  }
  if (q.type === 'true_false' && q.options.length !== 2) problems.push('true/false without exactly two options');
  return problems;
}

export function quizAnswerability(content: ReadonlyMap<string, ConceptContent>): GoalScores['quiz'] {
  let concepts = 0;
  let questions = 0;
  let answerable = 0;
  const problems: string[] = [];
  for (const [conceptId, c] of content) {
    if (!c.quiz) continue;
    concepts++;
    for (const q of c.quiz.questions) {
      questions++;
      const found = questionProblems(q);
      if (found.length === 0) answerable++;
      else problems.push(...found.map((p) => `${conceptId}/${q.id}: ${p}`));
    }
  }
  return { concepts, questions, answerable, share: questions ? answerable / questions : null, problems: problems.slice(0, MAX_LISTED) };
}

/** Every measure but the rubric, which needs an LLM call. */
export function scoreRoadmap(request: RoadmapRequest, outline: Outline, content: ReadonlyMap<string, ConceptContent>): Omit<GoalScores, 'rubric'> {
  const issues = checkOutline(outline, request.hoursPerWeek * request.weeks).map((i) => `${i.code} at ${i.at}: ${i.message}`);
  return {
    hardChecks: { pass: issues.length === 0, issues },
    budget: budgetFit(outline, request),
    titles: titleLanguage(outline, request.language),
    prerequisites: prerequisiteDepth(outline),
    resources: resourceVerification(content),
    quiz: quizAnswerability(content),
  };
}
