/**
 * The offline template quiz, for concepts nobody has written questions for (the generic plan, an entry whose
 * quizzes are pending): six questions about facts the roadmap itself states (keywords, prerequisites, module,
 * stage, difficulty, order, planned hours), so every answer is checkable. It tests the plan, not the subject,
 * and every explanation says so. Distractors are real items of the same roadmap that do not fit the question.
 * Option order is a stable hash, not random.
 */
import type { Question } from '../../../domain/content.js';
import type { Difficulty } from '../../../domain/enums.js';
import { DIFFICULTIES } from '../../../domain/enums.js';
import type { Lang } from '../lang.js';
import type { Placed } from './text.js';
import { DIFFICULTY_LABEL, hash, langOfCtx, list, placeOf, placedConcepts, q, requireConcept, tr, truncate } from './text.js';
import type { OfflineAnswer } from './types.js';

type Draft = Omit<Question, 'id'>;

const TF: Record<Lang, [string, string]> = { en: ['True', 'False'], zh: ['正确', '错误'] };

/** The label every template explanation starts with. */
export const TEMPLATE_LABEL: Record<Lang, string> = {
  en: 'Template question (offline, no questions written for this concept yet): it checks the plan, not the subject. ',
  zh: '模板题（离线生成，这个知识点还没有编写题目）：考查的是学习计划本身，而非学科内容。',
};

/** Unique strings, first occurrence wins, compared case-insensitively. */
function unique(items: readonly string[], exclude: readonly string[] = []): string[] {
  const seen = new Set(exclude.map((x) => x.toLowerCase()));
  return items.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Up to `n` items in a stable pseudo-random order. */
const pick = (items: readonly string[], n: number, seed: string) =>
  [...items].sort((a, b) => hash(seed + a) - hash(seed + b) || a.localeCompare(b)).slice(0, n);

/** Options in a stable order with the answer indexes, or null if there is no wrong option. */
function arrange(correct: readonly string[], wrong: readonly string[], seed: string): { options: string[]; answer: number[] } | null {
  const right = unique(correct);
  const other = unique(wrong, right);
  if (right.length === 0 || other.length === 0) return null;
  const options = pick([...right, ...other], 6, seed);
  const answer = right.map((r) => options.indexOf(r)).filter((i) => i >= 0).sort((a, b) => a - b);
  return { options, answer };
}

export const templateQuiz: OfflineAnswer = (ctx, entry): { questions: Question[] } => {
  const concept = requireConcept(ctx, 'quiz');
  const lang = langOfCtx(ctx);
  const placed = placedConcepts(lang, entry, ctx.outline);
  const where = placeOf(ctx, concept, placed);
  const self = placed.find((p) => p.concept.id === concept.id);
  const others = placed.filter((p) => p.concept.id !== concept.id);
  const index = self?.index ?? placed.length;
  const X = q(lang, concept.title);
  const seed = concept.id;

  const tf = (question: string, truth: boolean, explanation: string, difficulty: Difficulty): Draft => ({
    type: 'true_false',
    question,
    options: [...TF[lang]],
    answer: [truth ? 0 : 1],
    explanation,
    difficulty,
  });
  const choice = (question: string, correct: string[], wrong: string[], explanation: string, difficulty: Difficulty, multi: boolean): Draft | null => {
    const a = arrange(correct, wrong, seed + question);
    if (!a || (multi ? a.answer.length < 2 : a.answer.length !== 1)) return null;
    return { type: multi ? 'multiple_choice' : 'single_choice', question, ...a, explanation, difficulty };
  };

  const ownKeywords = unique(concept.keywords);
  const foreignKeywords = unique(others.flatMap((p) => p.concept.keywords), ownKeywords);

  const keywordSingle = (): Draft | null => {
    const kw = ownKeywords[hash(seed) % Math.max(1, ownKeywords.length)];
    if (!kw) return null;
    const wrong = pick(foreignKeywords, 3, seed);
    const why = tr(lang, `"${kw}" is one of the keywords the roadmap lists for ${X} (${list(lang, ownKeywords)}); the other options are keywords of other concepts.`, `"${kw}" 是路线图为${X}列出的关键词之一（${list(lang, ownKeywords)}）；其他选项属于别的知识点。`);
    return (
      choice(tr(lang, `Which of these is a keyword of ${X}?`, `下列哪一项是${X}的关键词？`), [kw], wrong, why, 'easy', false) ??
      tf(tr(lang, `"${kw}" is one of the keywords of ${X}.`, `"${kw}" 是${X}的关键词之一。`), true, why, 'easy')
    );
  };

  const keywordsMulti = (): Draft | null => {
    if (ownKeywords.length < 2) return null;
    const right = pick(ownKeywords, 3, `${seed}:multi`);
    const why = tr(lang, `The roadmap lists these keywords for ${X}: ${list(lang, ownKeywords)}.`, `路线图为${X}列出的关键词是：${list(lang, ownKeywords)}。`);
    return choice(tr(lang, `Which of these are keywords of ${X}?`, `下列哪些是${X}的关键词？`), right, pick(foreignKeywords, 2, `${seed}:multi`), why, 'medium', true);
  };

  const byId = new Map(placed.map((p) => [p.concept.id, p]));
  const prereqs = concept.prerequisites.flatMap((id) => byId.get(id) ?? []);
  const prereqTitles = unique(prereqs.map((p) => p.concept.title));
  const notPrereq = (from: readonly Placed[]) => unique(from.filter((p) => !concept.prerequisites.includes(p.concept.id)).map((p) => p.concept.title), [...prereqTitles, concept.title]);
  // Concepts after this one can never be its prerequisites; use them first, then earlier ones.
  const nonPrereqTitles = [...pick(notPrereq(others.filter((p) => p.index > index)), 3, seed), ...pick(notPrereq(others.filter((p) => p.index < index)), 3, seed)];

  const prerequisites = (): Draft | null => {
    if (concept.prerequisites.length === 0) {
      return tf(tr(lang, `${X} has no prerequisites in this roadmap.`, `在这份路线图中，${X}没有前置知识。`), true, tr(lang, `The roadmap lists no prerequisite for ${X}; it can be started directly.`, `路线图没有为${X}列出前置知识，可以直接开始学习。`), 'easy');
    }
    if (prereqTitles.length === 0) return null;
    const why = tr(lang, `The roadmap lists ${list(lang, prereqTitles.map((t) => q(lang, t)))} as what ${X} builds on; the other options are not its prerequisites.`, `路线图列出的${X}的前置知识是${list(lang, prereqTitles.map((t) => q(lang, t)))}；其他选项不是它的前置知识。`);
    if (prereqTitles.length >= 2) {
      return choice(tr(lang, `Which concepts does the roadmap list as direct prerequisites of ${X}?`, `路线图中哪些知识点是${X}的直接前置知识？`), prereqTitles.slice(0, 4), nonPrereqTitles.slice(0, 2), why, 'medium', true);
    }
    return (
      choice(tr(lang, `Which concept does the roadmap list as a direct prerequisite of ${X}?`, `路线图中哪个知识点是${X}的直接前置知识？`), prereqTitles, nonPrereqTitles.slice(0, 3), why, 'medium', false) ??
      tf(tr(lang, `${q(lang, prereqTitles[0]!)} is a prerequisite of ${X}.`, `${q(lang, prereqTitles[0]!)}是${X}的前置知识。`), true, why, 'easy')
    );
  };

  const moduleTrue = (): Draft | null =>
    where.module
      ? tf(tr(lang, `${X} belongs to the module ${q(lang, where.module)}.`, `${X}属于模块${q(lang, where.module)}。`), true, tr(lang, `The roadmap places ${X} in the module ${q(lang, where.module)}.`, `路线图把${X}放在模块${q(lang, where.module)}中。`), 'easy')
      : null;

  const moduleFalse = (): Draft | null => {
    const other = pick(unique(others.map((p) => p.module), where.module ? [where.module] : []), 1, seed)[0];
    if (!where.module || !other) return null;
    return tf(tr(lang, `${X} belongs to the module ${q(lang, other)}.`, `${X}属于模块${q(lang, other)}。`), false, tr(lang, `${X} is in the module ${q(lang, where.module)}, not ${q(lang, other)}.`, `${X}属于模块${q(lang, where.module)}，而不是${q(lang, other)}。`), 'easy');
  };

  const difficulty = (): Draft => {
    const labels = DIFFICULTIES.map((d) => DIFFICULTY_LABEL[lang][d]);
    return {
      type: 'single_choice',
      question: tr(lang, `Which difficulty does the roadmap give ${X}?`, `路线图给${X}标注的难度是？`),
      options: labels,
      answer: [DIFFICULTIES.indexOf(concept.difficulty)],
      explanation: tr(lang, `${X} is rated ${DIFFICULTY_LABEL.en[concept.difficulty]} in the roadmap.`, `路线图中${X}的难度为${DIFFICULTY_LABEL.zh[concept.difficulty]}。`),
      difficulty: 'easy',
    };
  };

  const order = (): Draft | null => {
    if (!self) return null;
    const before = unique(others.filter((p) => p.index < index).map((p) => p.concept.title), [concept.title]);
    const after = unique(others.filter((p) => p.index > index).map((p) => p.concept.title), [concept.title, ...before]);
    const earlier = before.length >= 2;
    const [right, wrong] = earlier ? [before, after] : [after, before];
    const question = earlier
      ? tr(lang, `Which of these concepts come before ${X} in the roadmap?`, `路线图中下列哪些知识点排在${X}之前？`)
      : tr(lang, `Which of these concepts come after ${X} in the roadmap?`, `路线图中下列哪些知识点排在${X}之后？`);
    const chosen = pick(right, 3, `${seed}:order`);
    const why = tr(lang, `In the roadmap's order, ${list(lang, chosen.map((t) => q(lang, t)))} come ${earlier ? 'before' : 'after'} ${X}; the others come ${earlier ? 'after' : 'before'} it.`, `按路线图的顺序，${list(lang, chosen.map((t) => q(lang, t)))}排在${X}${earlier ? '之前' : '之后'}，其他选项排在它${earlier ? '之后' : '之前'}。`);
    return choice(question, chosen, pick(wrong, 2, `${seed}:order`), why, 'medium', true);
  };

  const stage = (): Draft | null => {
    if (!where.stage) return null;
    const why = tr(lang, `${X} is part of the stage ${q(lang, where.stage)}.`, `${X}属于阶段${q(lang, where.stage)}。`);
    return choice(tr(lang, `In which stage of the roadmap is ${X}?`, `${X}位于路线图的哪个阶段？`), [where.stage], pick(unique(others.map((p) => p.stage), [where.stage]), 3, seed), why, 'easy', false);
  };

  const hoursTrue = (): Draft =>
    tf(tr(lang, `The roadmap plans ${concept.hours} hours for ${X}.`, `路线图为${X}安排了 ${concept.hours} 小时。`), true, tr(lang, `${X} is planned at ${concept.hours} hours.`, `${X}的计划学时是 ${concept.hours} 小时。`), 'easy');

  const difficultyFalse = (): Draft => {
    const other = DIFFICULTIES[(DIFFICULTIES.indexOf(concept.difficulty) + 1) % DIFFICULTIES.length]!;
    return tf(tr(lang, `${X} is rated ${DIFFICULTY_LABEL.en[other]} in the roadmap.`, `路线图中${X}的难度为${DIFFICULTY_LABEL.zh[other]}。`), false, tr(lang, `${X} is rated ${DIFFICULTY_LABEL.en[concept.difficulty]}, not ${DIFFICULTY_LABEL.en[other]}.`, `${X}的难度是${DIFFICULTY_LABEL.zh[concept.difficulty]}，不是${DIFFICULTY_LABEL.zh[other]}。`), 'medium');
  };

  const generators = [keywordSingle, prerequisites, moduleTrue, difficulty, () => order() ?? keywordsMulti(), moduleFalse, stage, hoursTrue, difficultyFalse];
  const drafts: Draft[] = [];
  const asked = new Set<string>();
  for (const g of generators) {
    const d = g();
    if (drafts.length >= 6 || !d || asked.has(d.question)) continue;
    asked.add(d.question);
    drafts.push(d);
  }
  // Always a true/false question in the mix.
  if (!drafts.some((d) => d.type === 'true_false')) drafts[drafts.length - 1] = hoursTrue();
  return { questions: drafts.map((d, i) => ({ id: `q${i + 1}`, ...d, explanation: truncate(`${TEMPLATE_LABEL[lang]}${d.explanation}`, 2000) })) };
};
