/**
 * The offline provider's answers for validation, repair, tutorial, resources and quiz: valid by their schemas
 * for every concept of real outlines (catalogue, Chinese and generic goals), honest about facts, and able to
 * repair a deliberately broken outline.
 */
import { describe, it, expect } from 'vitest';
import { proposedResourcesSchema, quizSchema, tutorialSchema } from '../../src/domain/content.js';
import { intentSchema } from '../../src/domain/intent.js';
import { checkOutline } from '../../src/domain/outline-checks.js';
import type { Outline, RoadmapRequestInput } from '../../src/domain/roadmap.js';
import { conceptsOf, outlineSchema, roadmapRequestSchema } from '../../src/domain/roadmap.js';
import { outlineReviewSchema, repairSchema } from '../../src/domain/validation.js';
import { quiz, writtenQuestions } from '../../src/llm/offline/answers/quiz.js';
import { TEMPLATE_LABEL } from '../../src/llm/offline/answers/quiz-template.js';
import { repair } from '../../src/llm/offline/answers/repair.js';
import { resources } from '../../src/llm/offline/answers/resources.js';
import { tutorial } from '../../src/llm/offline/answers/tutorial.js';
import { validation } from '../../src/llm/offline/answers/validation.js';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { genericEntry } from '../../src/llm/offline/generic.js';
import { selectEntry } from '../../src/llm/offline/match.js';
import { planOutline } from '../../src/llm/offline/planner.js';
import { createOfflineProvider } from '../../src/llm/offline/provider.js';
import type { TaskContext } from '../../src/llm/port.js';
import { LLM_TASKS } from '../../src/llm/port.js';
import { modulePlanSchema } from '../../src/domain/module-replan.js';

const CJK = /[\u4e00-\u9fff]/;

function setup(input: RoadmapRequestInput) {
  const request = roadmapRequestSchema.parse(input);
  const entry = selectEntry(catalogue(), request.goal) ?? genericEntry(request.goal);
  const outline = planOutline(entry, request);
  const budget = request.hoursPerWeek * request.weeks;
  return { request, entry, outline, budget };
}

function placeOf(outline: Outline, id: string) {
  for (const s of outline.stages) for (const m of s.modules) if (m.concepts.some((c) => c.id === id)) return { stage: s.title, module: m.title };
  throw new Error(`no concept ${id}`);
}

const CASES: { name: string; input: RoadmapRequestInput; zh: boolean; catalogue: boolean }[] = [
  { name: 'Go backend (catalogue, en)', input: { goal: 'Learn Go for backend development' }, zh: false, catalogue: true },
  { name: 'Python (catalogue, zh)', input: { goal: '学习 Python', language: 'zh-CN', hoursPerWeek: 6, weeks: 10 }, zh: true, catalogue: true },
  { name: 'sourdough (generic, en)', input: { goal: 'Learn to bake sourdough bread', level: 'intermediate' }, zh: false, catalogue: false },
  { name: 'sourdough (generic, zh)', input: { goal: 'Learn to bake sourdough bread', language: 'zh' }, zh: true, catalogue: false },
];

describe.each(CASES)('offline answers: $name', ({ input, zh, catalogue }) => {
  const { request, entry, outline, budget } = setup(input);
  const concepts = conceptsOf(outline);
  const contextFor = (id: string): TaskContext => ({ request, outline, concept: concepts.find((c) => c.id === id)!, conceptPath: placeOf(outline, id) });

  it('uses the expected entry and a clean outline', () => {
    expect(entry.key === 'generic').toBe(!catalogue);
    expect(checkOutline(outline, budget)).toEqual([]);
    expect(concepts.length).toBeGreaterThan(3);
  });

  it('writes a valid template tutorial with a Mermaid diagram for every concept', () => {
    for (const c of concepts) {
      const t = tutorialSchema.parse(tutorial(contextFor(c.id), entry));
      expect(t.markdown).toContain('```mermaid');
      expect(t.markdown.split('\n')[0]).toMatch(zh ? /离线模板/ : /offline template, not by a language model/);
      expect(t.estimatedMinutes).toBe(Math.min(600, Math.max(5, Math.round(c.hours * 60))));
      if (zh) expect(t.markdown.replace(/\([^)]*\)/g, '')).toMatch(CJK);
      for (const p of c.prerequisites) expect(t.markdown).toContain(concepts.find((x) => x.id === p)!.title);
      const links = entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts)).find((x) => x.id === c.id)?.links ?? [];
      for (const l of links) expect(t.markdown).toContain(l.url);
    }
  });

  it('proposes 5–10 resources per concept, with only catalogue URLs', () => {
    const known = new Set(entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.flatMap((c) => c.links.map((l) => l.url)))));
    for (const c of concepts) {
      const { resources: rs } = proposedResourcesSchema.parse(resources(contextFor(c.id), entry));
      for (const r of rs) {
        if (r.url !== null) expect(known.has(r.url), r.url).toBe(true);
        expect(r.query.length).toBeGreaterThan(0);
      }
      expect(new Set(rs.map((r) => r.url ?? r.query)).size).toBe(rs.length);
      if (!catalogue) expect(rs.every((r) => r.url === null)).toBe(true);
      if (zh) for (const r of rs.filter((x) => x.url === null)) expect(r.title + r.why).toMatch(CJK);
    }
  });

  it.runIf(catalogue)('asks the quiz questions written for each concept in the catalogue', () => {
    for (const c of concepts) {
      const { questions } = quizSchema.parse(quiz(contextFor(c.id), entry));
      expect(questions.map((x) => x.question)).toEqual(writtenQuestions(entry, c.id)!.map((x) => x.question[zh ? 'zh' : 'en']));
    }
  });

  it.runIf(!catalogue)('asks six labelled template questions per concept whose answers are the plan\'s facts', () => {
    for (const c of concepts) {
      const { questions } = quizSchema.parse(quiz(contextFor(c.id), entry));
      expect(questions.map((x) => x.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
      for (const x of questions) expect(x.explanation.startsWith(TEMPLATE_LABEL[zh ? 'zh' : 'en'])).toBe(true);
      expect(questions.some((x) => x.type === 'true_false')).toBe(true);
      for (const question of questions) {
        expect(new Set(question.options).size).toBe(question.options.length);
        if (question.type === 'true_false') expect(question.options).toEqual(zh ? ['正确', '错误'] : ['True', 'False']);
        if (zh) expect(question.question + question.explanation).toMatch(CJK);
      }
      const kwq = questions.find((x) => x.type === 'single_choice' && /keyword of|的关键词？/.test(x.question));
      if (kwq) {
        const lower = c.keywords.map((k) => k.toLowerCase());
        expect(lower).toContain(kwq.options[kwq.answer[0]!]!.toLowerCase());
        kwq.options.forEach((o, i) => { if (i !== kwq.answer[0]) expect(lower).not.toContain(o.toLowerCase()); });
      }
      const dq = questions.find((x) => /Which difficulty|标注的难度/.test(x.question))!;
      expect(dq.answer).toEqual([['easy', 'medium', 'hard'].indexOf(c.difficulty)]);
      const mq = questions.find((x) => x.type === 'multiple_choice' && /prerequisites of/.test(x.question));
      if (mq) {
        const titles = c.prerequisites.map((p) => concepts.find((x) => x.id === p)!.title);
        expect(mq.answer.map((i) => mq.options[i]).sort()).toEqual([...new Set(titles)].sort().slice(0, mq.answer.length));
      }
      const module = placeOf(outline, c.id).module;
      for (const tf of questions.filter((x) => x.type === 'true_false' && /belongs to the module|属于模块/.test(x.question))) {
        expect(tf.answer[0] === 0).toBe(tf.question.includes(zh ? `「${module}」` : `"${module}"`));
      }
    }
  });

  it('finds no critical issue in a clean outline', () => {
    const review = outlineReviewSchema.parse(validation({ request, outline }, entry));
    expect(review.issues.filter((i) => i.severity === 'critical')).toEqual([]);
    expect(review.dimensions.map((d) => d.dimension).sort()).toEqual(['clarity', 'coherence', 'completeness', 'fit', 'progression']);
    expect(review.summary).toMatch(zh ? /基于规则/ : /rule-based/i);
  });

  it('adds a practice concept for "more practice please" and stays within budget', () => {
    const r = repairSchema.parse(repair({ request, outline, feedback: zh ? '请多一些练习' : 'more practice please' }, entry));
    expect(conceptsOf(r.outline).length).toBe(concepts.length + 1);
    expect(checkOutline(r.outline, budget)).toEqual([]);
    expect(r.editPlan.some((e) => e.action === 'add' && e.target === 'concept')).toBe(true);
    const added = conceptsOf(r.outline).at(-1)!;
    expect(added.prerequisites).toEqual([concepts.at(-1)!.id]);
    if (zh) expect(added.title).toMatch(CJK);
  });
});

describe('offline answers: validation and repair of a broken outline', () => {
  const { request, entry, outline, budget } = setup({ goal: 'Learn Go for backend development' });

  function broken(): Outline {
    const o = structuredClone(outline);
    const [first, second, third, , fifth] = conceptsOf(o);
    second!.prerequisites.push('no-such-concept');
    first!.prerequisites.push(third!.id); // first → third → second → first
    o.stages[0]!.modules.push({ id: 'empty-module', title: 'Empty', description: '', concepts: [] });
    o.stages.at(-1)!.modules.at(-1)!.concepts.push(structuredClone(fifth!)); // a duplicate id
    for (const c of conceptsOf(o)) c.hours *= 3;
    return o;
  }

  it('reports every hard problem as a critical issue', () => {
    const review = outlineReviewSchema.parse(validation({ request, outline: broken() }, entry));
    const critical = review.issues.filter((i) => i.severity === 'critical');
    expect(critical.length).toBe(6); // unknown prerequisite, cycle, empty module, duplicate id, over budget, total
    expect(critical.map((i) => i.location)).toEqual(expect.arrayContaining(['empty-module', 'outline', conceptsOf(outline)[1]!.id]));
    expect(Math.min(...review.dimensions.map((d) => d.score))).toBeLessThan(90);
  });

  it('repairs it mechanically, keeping the ids of untouched concepts', () => {
    const input = broken();
    expect(checkOutline(input, budget).length).toBeGreaterThan(0);
    const r = repairSchema.parse(repair({ request, outline: input, problems: checkOutline(input, budget).map((i) => i.message) }, entry));
    expect(checkOutline(r.outline, budget)).toEqual([]);
    const ids = conceptsOf(r.outline).map((c) => c.id);
    for (const c of conceptsOf(outline)) expect(ids).toContain(c.id);
    expect(ids).toContain(`${conceptsOf(outline)[4]!.id}-2`);
    expect(r.outline.stages.flatMap((s) => s.modules.map((m) => m.id))).not.toContain('empty-module');
    expect(conceptsOf(r.outline)[1]!.prerequisites).not.toContain('no-such-concept');
    expect(conceptsOf(r.outline)[0]!.prerequisites).toEqual([]);
    for (const c of conceptsOf(r.outline)) expect(c.hours * 2).toBe(Math.round(c.hours * 2));
    expect(r.editPlan.length).toBeGreaterThanOrEqual(5);
  });

  it('renames a concept whose id a module already uses and keeps its prerequisites pointing at it', () => {
    const o = structuredClone(outline);
    const moduleId = o.stages[0]!.modules[0]!.id;
    const [first, second] = conceptsOf(o);
    first!.id = moduleId;
    second!.prerequisites = [moduleId];
    const r = repairSchema.parse(repair({ request, outline: o }, entry));
    expect(checkOutline(r.outline, budget)).toEqual([]);
    expect(conceptsOf(r.outline)[1]!.prerequisites).toEqual([`${moduleId}-2`]);
  });

  it('shortens the outline for "shorter please" and records other feedback', () => {
    const shorter = repairSchema.parse(repair({ request, outline, feedback: 'Make it shorter please' }, entry));
    expect(shorter.outline.totalHours).toBeLessThan(outline.totalHours);
    expect(checkOutline(shorter.outline, budget)).toEqual([]);
    const other = repairSchema.parse(repair({ request, outline, feedback: 'I like purple' }, entry));
    expect(other.outline).toEqual(outline);
    expect(other.editPlan).toEqual([expect.objectContaining({ action: 'modify', target: 'outline' })]);
    expect(other.summary).toContain('I like purple');
  });

  it('says which wishes of the feedback it applied and which it cannot apply offline', () => {
    const scraping = repairSchema.parse(repair({ request, outline, feedback: 'Add a module on web scraping' }, entry));
    expect(scraping.outline).toEqual(outline);
    expect(scraping.feedback).toEqual({ applied: [], notApplied: ['Add a module on web scraping'] });
    expect(scraping.summary).toMatch(/Not applied offline \(that needs an LLM\): "Add a module on web scraping"/);

    const mixed = repairSchema.parse(repair({ request, outline, feedback: 'Add a module on web scraping, and more practice please. Also make it shorter' }, entry));
    expect(mixed.feedback).toEqual({ applied: ['more practice please', 'make it shorter'], notApplied: ['Add a module on web scraping'] });
    expect(conceptsOf(mixed.outline).length).toBe(conceptsOf(outline).length + 1);
    expect(mixed.outline.totalHours).toBeLessThan(outline.totalHours);

    // Courtesy split off a wish asks for nothing, so nothing is reported as not applied.
    expect(repairSchema.parse(repair({ request, outline, feedback: 'More practice with joins, please. Thanks!' }, entry)).feedback).toEqual({ applied: ['More practice with joins'], notApplied: [] });

    const zh = setup({ goal: '学习 Python', language: 'zh' });
    const zhRepair = repairSchema.parse(repair({ request: zh.request, outline: zh.outline, feedback: '增加一个网页爬虫模块，并且多一些练习' }, zh.entry));
    expect(zhRepair.feedback).toEqual({ applied: ['多一些练习'], notApplied: ['增加一个网页爬虫模块'] });
    expect(zhRepair.summary).toMatch(/离线无法采纳（需要配置 LLM）：「增加一个网页爬虫模块」/);
    // Without feedback there is nothing to account for.
    expect(repairSchema.parse(repair({ request, outline }, entry)).feedback).toBeUndefined();
  });

  it('stretches a plan far under budget, and leaves alone one whose budgetNote says why', () => {
    const short = structuredClone(outline);
    for (const c of conceptsOf(short)) c.hours = Math.max(0.5, Math.round(c.hours * 1.2) / 2);
    short.totalHours = conceptsOf(short).reduce((sum, c) => sum + c.hours, 0);
    expect(checkOutline(short, budget).map((i) => i.code)).toEqual(['UNDER_BUDGET']);
    const review = outlineReviewSchema.parse(validation({ request, outline: short }, entry));
    expect(review.issues.filter((i) => i.severity === 'critical').map((i) => i.location)).toEqual(['outline']);
    const r = repairSchema.parse(repair({ request, outline: short, problems: ['UNDER_BUDGET'] }, entry));
    expect(checkOutline(r.outline, budget)).toEqual([]);
    expect(r.outline.budgetNote).toBeUndefined();
    expect(conceptsOf(r.outline).map((c) => c.id)).toEqual(conceptsOf(short).map((c) => c.id));

    const noted = { ...short, budgetNote: 'The goal needs about 40 h.' };
    expect(checkOutline(noted, budget)).toEqual([]);
    expect(repairSchema.parse(repair({ request, outline: noted }, entry)).outline).toEqual(noted);
  });

  it('says in budgetNote that a plan shortened on request is short on purpose', () => {
    let o = outline;
    for (let round = 0; round < 3; round++) o = repairSchema.parse(repair({ request, outline: o, feedback: 'Make it shorter please' }, entry)).outline;
    expect(o.totalHours).toBeLessThan(budget * 0.8);
    expect(o.budgetNote).toMatch(/Shortened as you asked/);
    expect(checkOutline(o, budget)).toEqual([]);
  });

  it('needs an outline and a concept', () => {
    expect(() => validation({ request }, entry)).toThrow(/outline/);
    expect(() => repair({ request }, entry)).toThrow(/outline/);
    expect(() => tutorial({ request }, entry)).toThrow(/concept/);
  });

  it('draws a keyword diagram when the tutorial has no outline', () => {
    const concept = conceptsOf(outline)[0]!;
    const t = tutorialSchema.parse(tutorial({ request, concept }, entry));
    expect(t.markdown).toContain('```mermaid');
    for (const k of concept.keywords) expect(t.markdown).toContain(k);
  });
});

describe('offline provider', () => {
  it('answers every task through generate()', async () => {
    const provider = createOfflineProvider({ catalogue: catalogue(), delayMs: 0 });
    const { request, outline } = setup({ goal: 'Learn Go for backend development' });
    const concept = conceptsOf(outline)[2]!;
    const module = outline.stages[0]!.modules[0]!;
    const context: TaskContext = { request, outline, concept, conceptPath: placeOf(outline, concept.id), feedback: 'more practice please', module, moduleHours: 4 };
    const schemas = {
      intent: intentSchema,
      outline: outlineSchema,
      validation: outlineReviewSchema,
      repair: repairSchema,
      tutorial: tutorialSchema,
      resources: proposedResourcesSchema,
      quiz: quizSchema,
      regenerate_module: modulePlanSchema,
    } as const;
    for (const task of LLM_TASKS) {
      const schema = schemas[task];
      const out = await provider.generate({ task, schema, prompt: { system: '', user: '' }, context, roadmapId: '00000000-0000-4000-8000-000000000001' });
      expect(out, task).toBeTruthy();
    }
  });
});
