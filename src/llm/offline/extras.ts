/**
 * What the planner adds to a curriculum when the learner offers more time than its core needs, derived from
 * the entry itself: a "Practice and review" module closing each stage (a practice set across the stage's
 * modules, then a review-and-consolidation block), and a capstone stage built on the entry's `capstone` brief.
 * Their ids are stable slugs made from the entry's own ids, so learner progress on them survives replanning.
 * Each derived concept names the concepts it draws on (`sources`): its links and quiz questions come from them.
 */
import { DIFFICULTIES, type Difficulty } from '../../domain/enums.js';
import { roundHalf } from './hours.js';
import type { CatalogueConcept, CatalogueEntry, CatalogueModule, CatalogueStage } from './catalogue-schema.js';

export interface DerivedConcept extends CatalogueConcept {
  /** The curriculum concepts this one practises or reviews, in reading order. */
  sources: readonly string[];
  /** Which of each source's quiz questions it asks first: practice stretches, review consolidates. */
  draw: 'hardest' | 'easiest';
}

type DerivedModule = Omit<CatalogueModule, 'concepts'> & { concepts: DerivedConcept[] };

interface Extras {
  /** Per stage id: the module that closes the stage. */
  practice: ReadonlyMap<string, DerivedModule>;
  capstone: (Omit<CatalogueStage, 'modules'> & { modules: DerivedModule[] }) | null;
}

/** Shares of the core hours: enough to practise and consolidate, never a second curriculum. */
const SHARE = { practice: 0.2, review: 0.1, capstoneBuild: 0.12, capstoneShip: 0.04 };

const halfHours = (h: number, min: number) => Math.max(min, roundHalf(h));
const conceptsOf = (s: CatalogueStage) => s.modules.flatMap((m) => m.concepts);
const hoursOf = (cs: readonly CatalogueConcept[]) => cs.reduce((sum, c) => sum + c.hours, 0);

/** Links of the sources, one per source first, without repeats: where to look things up again. */
function linksOf(sources: readonly CatalogueConcept[]): CatalogueConcept['links'] {
  const all = [...sources.flatMap((c) => c.links.slice(0, 1)), ...sources.flatMap((c) => c.links.slice(1))];
  return all.filter((l, i) => all.findIndex((x) => x.url === l.url) === i).slice(0, 4);
}

const keywordsOf = (sources: readonly CatalogueConcept[]) => [...new Set(sources.map((c) => c.keywords[0]!))].slice(0, 12);

function practiceModule(stage: CatalogueStage): DerivedModule {
  const cs = conceptsOf(stage);
  const hardest = cs.reduce((d, c) => (DIFFICULTIES.indexOf(c.difficulty) > DIFFICULTIES.indexOf(d) ? c.difficulty : d), 'easy' as Difficulty);
  const ends = stage.modules.map((m) => m.concepts.at(-1)!.id);
  const modules = { en: stage.modules.map((m) => m.title.en).join(', '), zh: stage.modules.map((m) => m.title.zh).join('、') };
  const common = { difficulty: hardest, keywords: keywordsOf(cs), links: linksOf(cs), sources: cs.map((c) => c.id) };
  return {
    id: `${stage.id}-practice-review`,
    title: { en: 'Practice and review', zh: '练习与复习' },
    description: { en: `Practise and consolidate ${stage.title.en} before moving on.`, zh: `在继续之前练习并巩固「${stage.title.zh}」。` },
    concepts: [
      {
        ...common,
        id: `${stage.id}-practice`,
        draw: 'hardest',
        title: { en: `Practice set: ${stage.title.en}`, zh: `练习题集：${stage.title.zh}` },
        description: {
          en: `Graded exercises that combine ${modules.en}; solve them without notes, then compare with the references.`,
          zh: `综合运用${modules.zh}的分级练习；先不看笔记独立完成，再对照参考资料检查。`,
        },
        hours: halfHours(hoursOf(cs) * SHARE.practice, 1),
        prerequisites: ends,
      },
      {
        ...common,
        id: `${stage.id}-review`,
        draw: 'easiest',
        title: { en: `Review and consolidation: ${stage.title.en}`, zh: `复习与巩固：${stage.title.zh}` },
        description: {
          en: `Revisit every concept of ${stage.title.en}, test yourself on each again and rework what you got wrong.`,
          zh: `回顾「${stage.title.zh}」的每个知识点，重新自测，并重做出错的部分。`,
        },
        hours: halfHours(hoursOf(cs) * SHARE.review, 1),
        prerequisites: [`${stage.id}-practice`],
      },
    ],
  };
}

function capstoneStage(entry: CatalogueEntry): Extras['capstone'] {
  const brief = entry.capstone;
  if (!brief) return null;
  const all = entry.stages.flatMap(conceptsOf);
  // The project applies the whole curriculum; its quiz leans on the later, harder stages.
  const later = entry.stages.slice(-2).flatMap(conceptsOf);
  const total = hoursOf(all);
  const common = { difficulty: 'hard' as const, keywords: brief.keywords, links: linksOf(later) };
  return {
    id: 'capstone',
    title: { en: 'Capstone project', zh: '综合项目' },
    description: brief.description,
    modules: [
      {
        id: 'capstone-project',
        title: brief.title,
        description: brief.description,
        concepts: [
          {
            ...common,
            id: 'capstone-build',
            draw: 'hardest',
            title: { en: `Build: ${brief.title.en}`, zh: `动手构建：${brief.title.zh}` },
            description: brief.description,
            hours: halfHours(total * SHARE.capstoneBuild, 4),
            prerequisites: entry.stages.map((s) => conceptsOf(s).at(-1)!.id),
            sources: later.map((c) => c.id),
          },
          {
            ...common,
            id: 'capstone-ship',
            draw: 'easiest',
            title: { en: `Test, document and present: ${brief.title.en}`, zh: `测试、文档与展示：${brief.title.zh}` },
            description: {
              en: 'Test the project end to end, write its README and present what you built, what was hard and what you would do next.',
              zh: '端到端测试项目，编写 README，并展示你做了什么、难点在哪里、下一步打算做什么。',
            },
            hours: halfHours(total * SHARE.capstoneShip, 2),
            prerequisites: ['capstone-build'],
            sources: all.map((c) => c.id),
          },
        ],
      },
    ],
  };
}

const cache = new WeakMap<CatalogueEntry, Extras>();

export function extrasOf(entry: CatalogueEntry): Extras {
  let extras = cache.get(entry);
  if (!extras) {
    extras = { practice: new Map(entry.stages.map((s) => [s.id, practiceModule(s)])), capstone: capstoneStage(entry) };
    cache.set(entry, extras);
  }
  return extras;
}

/** Every derived stage, module and concept id of the entry (they must not collide with the entry's own). */
export function derivedIds(entry: CatalogueEntry): string[] {
  const { practice, capstone } = extrasOf(entry);
  const modules = [...practice.values(), ...(capstone?.modules ?? [])];
  return [...(capstone ? [capstone.id] : []), ...modules.flatMap((m) => [m.id, ...m.concepts.map((c) => c.id)])];
}

/** A derived concept by id, or undefined. */
export function derivedConcept(entry: CatalogueEntry, id: string): DerivedConcept | undefined {
  const { practice, capstone } = extrasOf(entry);
  return [...practice.values(), ...(capstone?.modules ?? [])].flatMap((m) => m.concepts).find((c) => c.id === id);
}
