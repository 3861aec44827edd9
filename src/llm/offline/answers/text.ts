/**
 * Helpers shared by the offline answers: the learner's language, bilingual strings, looking concepts up in
 * the outline or the catalogue entry, and small deterministic utilities (hashing, truncation).
 */
import type { Difficulty } from '../../../domain/enums.js';
import type { Concept, Outline } from '../../../domain/roadmap.js';
import type { TaskContext } from '../../port.js';
import type { CatalogueConcept, CatalogueEntry } from '../catalogue-schema.js';
import { derivedConcept } from '../extras.js';
import { inLang, langOf, titled, type Lang } from '../lang.js';

export const langOfCtx = (ctx: TaskContext): Lang => langOf(ctx.request.language);

/** Picks the English or the Chinese variant. */
export const tr = (lang: Lang, en: string, zh: string): string => (lang === 'zh' ? zh : en);

export const DIFFICULTY_LABEL: Record<Lang, Record<Difficulty, string>> = {
  en: { easy: 'easy', medium: 'medium', hard: 'hard' },
  zh: { easy: '简单', medium: '中等', hard: '困难' },
};
export const DIFFICULTY_RANK: Record<Difficulty, number> = { easy: 1, medium: 2, hard: 3 };

/** Quoted title, in the punctuation of the language. */
export const q = (lang: Lang, text: string): string => (lang === 'zh' ? `「${text}」` : `"${text}"`);

/** A list joined for prose. */
export const list = (lang: Lang, items: readonly string[]): string => (lang === 'zh' ? items.join('、') : items.join(', '));

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** FNV-1a: a small stable hash for deterministic choices. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function budgetOf(ctx: TaskContext): number {
  return ctx.request.hoursPerWeek * ctx.request.weeks;
}

export function requireOutline(ctx: TaskContext, task: string): Outline {
  if (!ctx.outline) throw new Error(`offline ${task}: the task context has no outline`);
  return ctx.outline;
}

export function requireConcept(ctx: TaskContext, task: string): Concept {
  if (!ctx.concept) throw new Error(`offline ${task}: the task context has no concept`);
  return ctx.concept;
}

/** A concept of the entry's curriculum, by id. */
export function curriculumConcept(entry: CatalogueEntry, id: string): CatalogueConcept | undefined {
  for (const s of entry.stages) for (const m of s.modules) for (const c of m.concepts) if (c.id === id) return c;
  return undefined;
}

/** A concept of the entry, or one the planner derived from it (practice, review, capstone). */
export function catalogueConcept(entry: CatalogueEntry, id: string): CatalogueConcept | undefined {
  return curriculumConcept(entry, id) ?? derivedConcept(entry, id);
}

/** A concept with where it sits, in reading order. */
export interface Placed {
  concept: Concept;
  stage: string;
  module: string;
  index: number;
}

/** The concepts of the outline in reading order, or (without an outline) of the entry, in the learner's language. */
export function placedConcepts(lang: Lang, entry: CatalogueEntry, outline?: Outline): Placed[] {
  const out: Placed[] = [];
  if (outline) {
    for (const s of outline.stages) {
      for (const m of s.modules) for (const c of m.concepts) out.push({ concept: c, stage: s.title, module: m.title, index: out.length });
    }
    return out;
  }
  for (const s of entry.stages) {
    for (const m of s.modules) {
      for (const c of m.concepts) {
        const concept: Concept = {
          id: c.id,
          ...titled(c, lang),
          hours: c.hours,
          difficulty: c.difficulty,
          prerequisites: c.prerequisites,
          keywords: c.keywords,
        };
        out.push({ concept, stage: inLang(s.title, lang), module: inLang(m.title, lang), index: out.length });
      }
    }
  }
  return out;
}

/** Where the concept sits (stage and module titles): from the outline or entry, else from `conceptPath`. */
export function placeOf(ctx: TaskContext, concept: Concept, placed: readonly Placed[]): { stage?: string; module?: string } {
  const found = placed.find((p) => p.concept.id === concept.id);
  if (found) return { stage: found.stage, module: found.module };
  return ctx.conceptPath ?? {};
}
