/**
 * Integrity of the offline provider's curated catalogue: every entry must be a well-formed outline that the
 * planner can use as-is (slug ids, acyclic prerequisites in reading order, sane hours, real links, Chinese text).
 */
import { describe, it, expect } from 'vitest';
import { checkOutline } from '../../src/domain/outline-checks.js';
import { roadmapRequestSchema } from '../../src/domain/roadmap.js';
import { planOutline } from '../../src/llm/offline/planner.js';
import { CATALOGUE } from '../../src/llm/offline/catalogue/index.js';
import type { CatalogueConcept, CatalogueEntry } from '../../src/llm/offline/catalogue-types.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CJK = /[\u4e00-\u9fff]/;
const DIFFICULTIES = new Set(['easy', 'medium', 'hard']);
const LINK_TYPES = new Set(['documentation', 'tutorial', 'book', 'course', 'video', 'tool', 'article']);

function conceptsInOrder(entry: CatalogueEntry): CatalogueConcept[] {
  return entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
}

function nonEmpty(text: string | undefined): boolean {
  return typeof text === 'string' && text.trim().length > 0;
}

describe('offline catalogue', () => {
  it('has at least 20 entries', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(20);
  });

  it('has unique slug keys', () => {
    const keys = CATALOGUE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key, key).toMatch(ID);
  });

  it('gives every entry an English and Chinese title and summary', () => {
    for (const e of CATALOGUE) {
      expect(nonEmpty(e.title.en), `${e.key} title.en`).toBe(true);
      expect(nonEmpty(e.summary.en), `${e.key} summary.en`).toBe(true);
      expect(nonEmpty(e.title.zh), `${e.key} title.zh`).toBe(true);
      expect(CJK.test(e.summary.zh), `${e.key} summary.zh`).toBe(true);
    }
  });

  it('uses lower-case, non-empty match phrases that no two entries share', () => {
    const owner = new Map<string, string>();
    for (const e of CATALOGUE) {
      expect(e.match.length, `${e.key} has match phrases`).toBeGreaterThan(0);
      for (const phrase of e.match) {
        expect(nonEmpty(phrase), `${e.key}: empty phrase`).toBe(true);
        expect(phrase, `${e.key}: "${phrase}" is not lower case`).toBe(phrase.toLowerCase());
        expect(phrase, `${e.key}: "${phrase}" has outer spaces`).toBe(phrase.trim());
        const previous = owner.get(phrase);
        expect(previous, `"${phrase}" is used by ${previous} and ${e.key}`).toBeUndefined();
        owner.set(phrase, e.key);
      }
    }
  });

  for (const entry of CATALOGUE) {
    describe(entry.key, () => {
      it('has slug ids, unique within the entry, and no empty stage or module', () => {
        expect(entry.stages.length, 'stages').toBeGreaterThan(0);
        const stageIds = new Set<string>();
        const moduleIds = new Set<string>();
        const conceptIds = new Set<string>();
        for (const stage of entry.stages) {
          expect(stage.id, stage.id).toMatch(ID);
          expect(stageIds.has(stage.id), `duplicate stage ${stage.id}`).toBe(false);
          stageIds.add(stage.id);
          expect(stage.modules.length, `stage ${stage.id} is empty`).toBeGreaterThan(0);
          for (const mod of stage.modules) {
            expect(mod.id, mod.id).toMatch(ID);
            expect(moduleIds.has(mod.id), `duplicate module ${mod.id}`).toBe(false);
            moduleIds.add(mod.id);
            expect(mod.concepts.length, `module ${mod.id} is empty`).toBeGreaterThan(0);
            for (const concept of mod.concepts) {
              expect(concept.id, concept.id).toMatch(ID);
              expect(conceptIds.has(concept.id), `duplicate concept ${concept.id}`).toBe(false);
              conceptIds.add(concept.id);
            }
          }
        }
      });

      it('plans outlines that pass the hard checks (ids unique across stages, modules and concepts)', () => {
        for (const [hoursPerWeek, weeks, level] of [[8, 10, 'beginner'], [2, 3, 'advanced'], [20, 40, 'intermediate']] as const) {
          const request = roadmapRequestSchema.parse({ goal: entry.match[0] ?? entry.key, hoursPerWeek, weeks, level });
          expect(checkOutline(planOutline(entry, request), hoursPerWeek * weeks)).toEqual([]);
        }
      });

      it('has 3–4 stages of 2–3 modules, each with 2–4 concepts', () => {
        expect(entry.stages.length, 'stages').toBeGreaterThanOrEqual(3);
        expect(entry.stages.length, 'stages').toBeLessThanOrEqual(4);
        for (const stage of entry.stages) {
          expect(stage.modules.length, `modules in ${stage.id}`).toBeGreaterThanOrEqual(2);
          expect(stage.modules.length, `modules in ${stage.id}`).toBeLessThanOrEqual(3);
          for (const mod of stage.modules) {
            expect(mod.concepts.length, `concepts in ${mod.id}`).toBeGreaterThanOrEqual(2);
            expect(mod.concepts.length, `concepts in ${mod.id}`).toBeLessThanOrEqual(4);
          }
        }
      });

      it('only names prerequisites that come earlier in the entry', () => {
        const seen = new Set<string>();
        for (const concept of conceptsInOrder(entry)) {
          expect(new Set(concept.prerequisites).size, `${concept.id}: repeated prerequisite`).toBe(
            concept.prerequisites.length,
          );
          for (const prereq of concept.prerequisites) {
            expect(seen.has(prereq), `${concept.id} requires ${prereq}, which is not earlier in ${entry.key}`).toBe(
              true,
            );
          }
          seen.add(concept.id);
        }
      });

      it('has English and Chinese text on every stage, module and concept', () => {
        for (const stage of entry.stages) {
          const nodes = [stage, ...stage.modules, ...stage.modules.flatMap((m) => m.concepts)];
          for (const node of nodes) {
            expect(nonEmpty(node.title), `${node.id} title`).toBe(true);
            expect(nonEmpty(node.description), `${node.id} description`).toBe(true);
            // Chinese titles may legitimately be a term such as "Stream API"; descriptions must be Chinese.
            expect(nonEmpty(node.zh.title), `${node.id} zh.title`).toBe(true);
            expect(nonEmpty(node.zh.description) && CJK.test(node.zh.description), `${node.id} zh.description`).toBe(
              true,
            );
          }
        }
      });

      it('has sane hours, difficulty and keywords', () => {
        for (const concept of conceptsInOrder(entry)) {
          expect(concept.hours, `${concept.id} hours`).toBeGreaterThanOrEqual(0.5);
          expect(concept.hours, `${concept.id} hours`).toBeLessThanOrEqual(40);
          expect(DIFFICULTIES.has(concept.difficulty), `${concept.id} difficulty`).toBe(true);
          expect(concept.keywords.length, `${concept.id} keywords`).toBeGreaterThanOrEqual(1);
          expect(concept.keywords.length, `${concept.id} keywords`).toBeLessThanOrEqual(12);
          for (const keyword of concept.keywords) expect(nonEmpty(keyword), `${concept.id} keyword`).toBe(true);
        }
        const first = entry.stages[0];
        const firstStageHard = first?.modules.flatMap((m) => m.concepts).filter((c) => c.difficulty === 'hard');
        expect(firstStageHard?.map((c) => c.id), 'the first stage has no hard concept').toEqual([]);
      });

      it('gives every concept 1–4 https links, each with a reason', () => {
        for (const concept of conceptsInOrder(entry)) {
          expect(concept.links.length, `${concept.id} links`).toBeGreaterThanOrEqual(1);
          expect(concept.links.length, `${concept.id} links`).toBeLessThanOrEqual(4);
          const urls = new Set<string>();
          for (const link of concept.links) {
            const url = new URL(link.url);
            expect(url.protocol, `${concept.id}: ${link.url}`).toBe('https:');
            expect(urls.has(link.url), `${concept.id}: duplicate link ${link.url}`).toBe(false);
            urls.add(link.url);
            expect(nonEmpty(link.title), `${concept.id}: link title`).toBe(true);
            expect(nonEmpty(link.why), `${concept.id}: link why`).toBe(true);
            expect(LINK_TYPES.has(link.type), `${concept.id}: link type ${link.type}`).toBe(true);
          }
        }
      });
    });
  }
});
