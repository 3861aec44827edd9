/**
 * Turns a catalogue entry into an outline that fits the learner: level (skip or shorten what they know),
 * language, and the time budget, which the plan uses (80–110 %, see outline-checks.ts). A small budget keeps
 * a coherent core: the longest prefix that fits with hours compressed at most to half. A large one adds, in
 * turn, deeper practice (more time per concept), a capstone project, and a practice set and review block per
 * stage (extras.ts). When even the fullest plan is far below the budget, the outline's budgetNote says so.
 */
import { budgetBand } from '../../domain/outline-checks.js';
import type { LearningLevel } from '../../domain/enums.js';
import type { Concept, Outline, RoadmapRequest, Stage } from '../../domain/roadmap.js';
import { tr } from './answers/text.js';
import { roundHalf } from './hours.js';
import type { CatalogueConcept, CatalogueEntry, CatalogueStage } from './catalogue-schema.js';
import { extrasOf } from './extras.js';
import { GENERIC_KEY } from './generic.js';
import { langOf, titled, type Lang } from './lang.js';

/** How much of a beginner's time a learner at each level still needs, by concept difficulty. */
const LEVEL_FACTOR: Record<LearningLevel, Record<CatalogueConcept['difficulty'], number>> = {
  beginner: { easy: 1, medium: 1, hard: 1 },
  intermediate: { easy: 0.5, medium: 0.9, hard: 1 },
  advanced: { easy: 0.25, medium: 0.6, hard: 1 },
};

/** How far a concept's hours may be compressed to fit a budget before concepts are dropped instead. */
const MIN_COMPRESSION = 0.5;
/** Up to 1.5× a beginner's time a concept gains depth; past that, extra concepts serve the learner better. */
const PREFERRED_DEPTH = 1.5;
/** Past twice its time a curated concept is padded, not deepened (the generic plan's broad concepts are not). */
const MAX_DEPTH = 2;
/** The outline schema's limit for one concept. */
const MAX_CONCEPT_HOURS = 200;

/** What the plan contains: the curriculum, then the capstone, then the practice-and-review modules. */
type Tier = 'core' | 'capstone' | 'full';

function layout(entry: CatalogueEntry, tier: Tier): CatalogueStage[] {
  const { practice, capstone } = extrasOf(entry);
  const stages = tier === 'full' ? entry.stages.map((s) => ({ ...s, modules: [...s.modules, practice.get(s.id)!] })) : entry.stages;
  return tier !== 'core' && capstone ? [...stages, capstone] : stages;
}

const conceptsOf = (stages: readonly CatalogueStage[]) => stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));

/** Rounds to half hours, then moves half hours where rounding erred most until the total is `target`. */
function fitToTotal(raw: readonly number[], target: number): number[] {
  const hours = raw.map(roundHalf);
  for (let diff = target - hours.reduce((a, b) => a + b, 0); Math.abs(diff) >= 0.5; diff += diff > 0 ? -0.5 : 0.5) {
    const up = diff > 0;
    let best = -1;
    hours.forEach((h, i) => {
      if (!up && h <= 0.5) return;
      const error = up ? raw[i]! - h : h - raw[i]!;
      if (best < 0 || error > (up ? raw[best]! - hours[best]! : hours[best]! - raw[best]!)) best = i;
    });
    if (best < 0) break;
    hours[best]! += up ? 0.5 : -0.5;
  }
  return hours;
}

interface Plan {
  tier: Tier;
  kept: Set<string>;
  scale: number;
}

function choosePlan(entry: CatalogueEntry, budget: number, hoursOf: (c: CatalogueConcept) => number): Plan {
  const core = conceptsOf(entry.stages);
  const coreTotal = core.reduce((sum, c) => sum + hoursOf(c), 0);
  if (coreTotal >= budget) {
    // Keep the longest prefix that fits when compressed to at most half (a shorter course beats a rushed
    // one); prerequisites always point backwards, so a prefix is closed under them. The first is always kept.
    const kept = new Set<string>();
    let total = 0;
    for (const c of core) {
      if (kept.size > 0 && (total + hoursOf(c)) * MIN_COMPRESSION > budget) break;
      kept.add(c.id);
      total += hoursOf(c);
    }
    return { tier: 'core', kept, scale: budget / total };
  }
  const tiers: Tier[] = extrasOf(entry).capstone ? ['core', 'capstone', 'full'] : ['core', 'full'];
  const totalOf = (t: Tier) => conceptsOf(layout(entry, t)).reduce((sum, c) => sum + hoursOf(c), 0);
  const tier = tiers.find((t) => totalOf(t) * PREFERRED_DEPTH >= budget) ?? tiers.at(-1)!;
  const concepts = conceptsOf(layout(entry, tier));
  const largest = Math.max(...concepts.map(hoursOf));
  const depth = Math.min(entry.key === GENERIC_KEY ? Infinity : MAX_DEPTH, MAX_CONCEPT_HOURS / largest);
  return { tier, kept: new Set(concepts.map((c) => c.id)), scale: Math.min(budget / totalOf(tier), depth) };
}

/** What the plan added to the curriculum, for the summary and the budget note. */
function additions(lang: Lang, plan: Plan): string[] {
  return [
    plan.scale > 1.05 ? tr(lang, 'more practice time on every concept', '每个知识点留出更多练习时间') : '',
    plan.kept.has('capstone-build') ? tr(lang, 'a capstone project', '一个综合项目') : '',
    plan.tier === 'full' ? tr(lang, 'a practice set and a review block closing each stage', '每个阶段末尾的练习题集与复习') : '',
  ].filter((s) => s.length > 0);
}

export function planOutline(entry: CatalogueEntry, request: RoadmapRequest): Outline {
  const lang = langOf(request.language);
  const budget = request.hoursPerWeek * request.weeks;
  const factor = LEVEL_FACTOR[request.level];
  const hoursOf = (c: CatalogueConcept) => c.hours * factor[c.difficulty];
  const plan = choosePlan(entry, budget, hoursOf);

  const stages = layout(entry, plan.tier)
    .map((s) => ({
      id: s.id,
      ...titled(s, lang),
      modules: s.modules
        .map((m) => ({
          id: m.id,
          ...titled(m, lang),
          concepts: m.concepts
            .filter((c) => plan.kept.has(c.id))
            .map((c): Concept => ({ id: c.id, ...titled(c, lang), hours: hoursOf(c) * plan.scale, difficulty: c.difficulty, prerequisites: c.prerequisites.filter((p) => plan.kept.has(p)), keywords: c.keywords })),
        }))
        .filter((m) => m.concepts.length > 0),
    }))
    .filter((s) => s.modules.length > 0) satisfies Stage[];

  const concepts = stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
  const raw = concepts.map((c) => c.hours);
  fitToTotal(raw, roundHalf(raw.reduce((a, b) => a + b, 0))).forEach((h, i) => (concepts[i]!.hours = h));
  const totalHours = concepts.reduce((sum, c) => sum + c.hours, 0);

  const added = additions(lang, plan);
  const summary = added.length > 0 ? `${entry.summary[lang]}${tr(lang, ' ', '')}${tr(lang, `Planned for your ${budget} h: ${added.join(', ')}.`, `按你的 ${budget} 小时规划：${added.join('、')}。`)}` : entry.summary[lang];
  const outline: Outline = { title: entry.title[lang], summary, totalHours, weeks: request.weeks, stages };
  if (totalHours < budgetBand(budget).min) {
    const rest = budget - totalHours;
    const withEn = added.length > 0 ? `, even with ${added.join(', ')}` : '';
    const withZh = added.length > 0 ? `即使加上${added.join('、')}，` : '';
    outline.budgetNote = tr(
      lang,
      `This curriculum needs about ${totalHours} h${withEn}; the remaining ${rest} h of your ${budget} h are left for practice of your choice.`,
      `${withZh}这份课程${added.length > 0 ? '也' : ''}只需要约 ${totalHours} 小时；你计划的 ${budget} 小时中其余 ${rest} 小时可以自由安排练习。`,
    );
  }
  return outline;
}
