/**
 * Offline quizzes test the subject: questions are written per concept in the catalogue data (both languages),
 * validated when the catalogue loads, and served by the offline provider; the template that asks about the
 * plan itself is left for concepts without written questions, and says so.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { quizSchema, type Question } from '../../src/domain/content.js';
import { conceptsOf, roadmapRequestSchema, type Concept, type RoadmapRequestInput } from '../../src/domain/roadmap.js';
import { quiz, writtenQuestions } from '../../src/llm/offline/answers/quiz.js';
import { TEMPLATE_LABEL } from '../../src/llm/offline/answers/quiz-template.js';
import { CATALOGUE_DIR, catalogue, loadCatalogue } from '../../src/llm/offline/catalogue.js';
import { questionIn } from '../../src/llm/offline/catalogue-schema.js';
import { derivedConcept } from '../../src/llm/offline/extras.js';
import { genericEntry } from '../../src/llm/offline/generic.js';
import { selectEntry } from '../../src/llm/offline/match.js';
import { planOutline } from '../../src/llm/offline/planner.js';

const CJK = /[\u4e00-\u9fff]/;
/** The template's stems, which test the plan rather than the subject. */
const ABOUT_THE_PLAN = /which module|which stage|keyword of|in the roadmap|this roadmap|路线图|关键词/i;
/** Every entry's quizzes are written in full. */
const WRITTEN = catalogue().map((e) => e.key);

function roadmap(input: RoadmapRequestInput) {
  const request = roadmapRequestSchema.parse(input);
  const entry = selectEntry(catalogue(), request.goal) ?? genericEntry(request.goal);
  const outline = planOutline(entry, request);
  const ask = (c: Concept) => quizSchema.parse(quiz({ request, outline, concept: c }, entry)).questions;
  return { entry, outline, concepts: conceptsOf(outline), ask };
}

/** The question without the concept's own title and keywords: what is left shows whether stems are templates. */
function stem(question: Question, concept: Concept): string {
  let text = question.question.toLowerCase();
  for (const term of [concept.title, ...concept.keywords].map((t) => t.toLowerCase()).sort((a, b) => b.length - a.length)) text = text.split(term).join(' ');
  return text.replace(/[\s\p{P}]+/gu, ' ').trim();
}

describe('written quizzes', () => {
  it.each(WRITTEN)('%s has 5 questions for every concept, in English and Chinese, about the subject', (key) => {
    const entry = catalogue().find((e) => e.key === key)!;
    for (const c of entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts))) {
      expect(c.quiz?.length, c.id).toBe(5);
      for (const q of c.quiz!) {
        expect(q.question.en, c.id).not.toMatch(ABOUT_THE_PLAN);
        expect(q.question.zh + q.explanation.zh, c.id).toMatch(CJK);
        for (const lang of ['en', 'zh'] as const) expect(quizSchema.parse({ questions: [0, 1, 2, 3, 4].map((i) => questionIn(c.quiz![i]!, lang, `q${i}`)) })).toBeTruthy();
      }
      expect(c.quiz!.some((q) => q.type === 'true_false'), c.id).toBe(true);
    }
  });

  it.each([
    ['Learn Go for backend development', 'go-backend'],
    ['Learn Go', 'go'],
  ])('%s → %s: at least 80 percent of quiz stems are distinct across the roadmap', (goal, key) => {
    const { entry, concepts, ask } = roadmap({ goal, hoursPerWeek: 8, weeks: 10 });
    expect(entry.key).toBe(key);
    const stems = concepts.flatMap((c) => ask(c).map((q) => stem(q, c)));
    expect(stems.length).toBeGreaterThanOrEqual(concepts.length * 5);
    expect(new Set(stems).size / stems.length).toBeGreaterThanOrEqual(0.8);
  });

  it('serves the written questions in the learner\'s language, never the template', () => {
    for (const language of ['en', 'zh']) {
      const { entry, concepts, ask } = roadmap({ goal: 'Learn Go for backend development', language });
      for (const c of concepts) {
        const questions = ask(c);
        expect(questions.map((q) => q.question)).toEqual(writtenQuestions(entry, c.id)!.map((q) => q.question[language === 'zh' ? 'zh' : 'en']));
        for (const q of questions) expect(q.explanation.startsWith(TEMPLATE_LABEL.en) || q.explanation.startsWith(TEMPLATE_LABEL.zh)).toBe(false);
      }
    }
  });

  it('draws practice, review and capstone questions from the concepts they cover', () => {
    const { entry, concepts, ask } = roadmap({ goal: 'Learn Python', hoursPerWeek: 10, weeks: 16 });
    const derived = concepts.filter((c) => derivedConcept(entry, c.id));
    expect(derived.map((c) => c.id)).toEqual(expect.arrayContaining(['foundations-practice', 'foundations-review', 'capstone-build', 'capstone-ship']));
    for (const c of derived) {
      const item = derivedConcept(entry, c.id)!;
      const pool = new Set(item.sources.flatMap((id) => writtenQuestions(entry, id)!.map((q) => q.question.en)));
      const questions = ask(c);
      expect(questions).toHaveLength(5);
      for (const q of questions) expect(pool.has(q.question), `${c.id}: ${q.question}`).toBe(true);
      expect(new Set(questions.map((q) => q.question)).size).toBe(5);
    }
    // Practice, review and capstone items ask questions no earlier item of the plan asked, while fresh ones last.
    const drawnAll = derived.flatMap((c) => ask(c).map((q) => q.question));
    expect(new Set(drawnAll).size).toBe(drawnAll.length);
  });

  it('labels the template questions the generic plan still gets', () => {
    for (const language of ['en', 'zh'] as const) {
      const { concepts, ask } = roadmap({ goal: 'Learn to bake sourdough bread', language });
      for (const c of concepts) {
        for (const q of ask(c)) {
          expect(q.explanation.startsWith(TEMPLATE_LABEL[language])).toBe(true);
          expect(q.question).not.toMatch(/choose all|all that apply|多选/i);
        }
      }
    }
  });
});

describe('quiz validation at load', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A temp catalogue holding go.yaml as `edit` leaves it. */
  function variant(edit: (entry: Record<string, any>) => void): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'pathsmith-quiz-'));
    dirs.push(dir);
    const entry = parse(readFileSync(path.join(CATALOGUE_DIR, 'go.yaml'), 'utf8')) as Record<string, any>;
    edit(entry);
    writeFileSync(path.join(dir, 'go.yaml'), stringify(entry));
    return dir;
  }
  const first = (e: Record<string, any>) => e.stages[0].modules[0].concepts[0];
  const AT = 'go\\.yaml: stages\\[0\\]\\.modules\\[0\\]\\.concepts\\[0\\]\\.quiz';

  it.each<[string, (q: Record<string, any>) => void, string]>([
    ['an answer index out of range', (q) => (q.answer = [7]), `${AT}\\[0\\]\\.answer: en: answer index out of range`],
    ['two answers to a single_choice question', (q) => (q.answer = [0, 1]), `${AT}\\[0\\]\\.answer: en: single_choice has exactly one answer`],
    ['one answer to a multiple_choice question', (q) => ((q.type = 'multiple_choice'), (q.answer = [0])), `${AT}\\[0\\]\\.answer: en: multiple_choice has at least two answers`],
    ['a true_false question with three options', (q) => ((q.type = 'true_false'), (q.answer = [0])), `${AT}\\[0\\]\\.options: en: true_false has two options and one answer`],
    ['every option marked correct', (q) => ((q.type = 'multiple_choice'), (q.answer = q.options.map((_: unknown, i: number) => i))), `${AT}\\[0\\]\\.answer: at least one option of a multiple_choice question must be wrong`],
    ['two options that read the same', (q) => (q.options[1] = q.options[0]), `${AT}\\[0\\]\\.options: en: two options read the same`],
    ['a doubled "choose all that apply"', (q) => (q.question.en += ' (Choose all that apply.)'), `${AT}\\[0\\]\\.question\\.en: do not say "choose all that apply"`],
    ['a question about the roadmap', (q) => (q.question.en = 'Which module of the roadmap covers go run?'), `${AT}\\[0\\]\\.question\\.en: ask about the subject, not the roadmap`],
    ['an option without its Chinese', (q) => delete q.options[1].zh, `${AT}\\[0\\]\\.options\\[1\\]\\.zh: `],
    ['no explanation', (q) => delete q.explanation, `${AT}\\[0\\]\\.explanation: `],
  ])('rejects %s, naming file and path', (_, edit, message) => {
    expect(() => loadCatalogue(variant((e) => edit(first(e).quiz[0])))).toThrow(new RegExp(message));
  });

  it('rejects fewer than five questions, and a concept without a quiz', () => {
    expect(() => loadCatalogue(variant((e) => first(e).quiz.splice(4)))).toThrow(new RegExp(`${AT}: Too small`));
    expect(() => loadCatalogue(variant((e) => delete first(e).quiz))).toThrow(new RegExp(`${AT}: every concept needs 5–8 questions`));
  });

  it('asks the labelled template only for a concept the catalogue does not have (a repair\'s invention), the written questions elsewhere', () => {
    const [entry] = loadCatalogue(variant(() => undefined));
    const request = roadmapRequestSchema.parse({ goal: 'Learn Go' });
    const outline = planOutline(entry!, request);
    const [written] = conceptsOf(outline);
    const invented: Concept = { ...written!, id: 'practice-project', title: 'A practice project', keywords: [] };
    outline.stages[0]!.modules[0]!.concepts.push(invented);
    const ask = (c: Concept) => quizSchema.parse(quiz({ request, outline, concept: c }, entry!)).questions;
    for (const q of ask(invented)) expect(q.explanation.startsWith(TEMPLATE_LABEL.en)).toBe(true);
    expect(ask(written!).map((q) => q.question)).toEqual(entry!.stages[0]!.modules[0]!.concepts[0]!.quiz!.map((q) => q.question.en));
  });
});
