/**
 * Turns a catalogue entry into an outline that fits the learner: level (skip or shorten what they know),
 * time budget (trim the most advanced tail, then scale hours) and language.
 */
import type { LearningLevel } from '../../domain/enums.js';
import type { Concept, Outline, RoadmapRequest } from '../../domain/roadmap.js';
import type { CatalogueConcept, CatalogueEntry } from './catalogue-schema.js';
import { langOf, titled } from './lang.js';

/** How much of a beginner's time a learner at each level still needs, by concept difficulty. */
const LEVEL_FACTOR: Record<LearningLevel, Record<CatalogueConcept['difficulty'], number>> = {
  beginner: { easy: 1, medium: 1, hard: 1 },
  intermediate: { easy: 0.5, medium: 0.9, hard: 1 },
  advanced: { easy: 0.25, medium: 0.6, hard: 1 },
};

/** How far a concept's hours may be compressed to fit a budget before concepts are dropped instead. */
const MIN_COMPRESSION = 0.5;

/** Hours are planned in half-hour units; nobody schedules 1.37 hours. */
const roundHalf = (h: number) => Math.max(0.5, Math.round(h * 2) / 2);

export function planOutline(entry: CatalogueEntry, request: RoadmapRequest): Outline {
  const lang = langOf(request.language);
  const budget = request.hoursPerWeek * request.weeks;
  const factor = LEVEL_FACTOR[request.level];

  const ordered = entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
  const hoursOf = (c: CatalogueConcept) => c.hours * factor[c.difficulty];
  // Keep the longest prefix that still fits the budget when its hours are compressed to at most half (a
  // shorter course beats a rushed one); prerequisites always point backwards, so a prefix is closed under
  // them. The first concept is always kept.
  const kept = new Set<string>();
  let total = 0;
  for (const c of ordered) {
    if (kept.size > 0 && (total + hoursOf(c)) * MIN_COMPRESSION > budget) break;
    kept.add(c.id);
    total += hoursOf(c);
  }
  // Scale to use the budget, but never inflate a concept beyond three times its size: a short entry on a long
  // budget is better left with free weeks than padded.
  const effectiveScale = Math.min(total > 0 ? budget / total : 1, 3);


  const stages = entry.stages
    .map((s) => ({
      id: s.id,
      ...titled(s, lang),
      modules: s.modules
        .map((m) => ({
          id: m.id,
          ...titled(m, lang),
          concepts: m.concepts
            .filter((c) => kept.has(c.id))
            .map(
              (c): Concept => ({
                id: c.id,
                ...titled(c, lang),
                hours: roundHalf(hoursOf(c) * effectiveScale),
                difficulty: c.difficulty,
                prerequisites: c.prerequisites.filter((p) => kept.has(p)),
                keywords: c.keywords,
              }),
            ),
        }))
        .filter((m) => m.concepts.length > 0),
    }))
    .filter((s) => s.modules.length > 0);

  const totalHours = stages.reduce(
    (sum, s) => sum + s.modules.reduce((ms, m) => ms + m.concepts.reduce((cs, c) => cs + c.hours, 0), 0),
    0,
  );
  return {
    title: entry.title[lang],
    summary: entry.summary[lang],
    totalHours,
    weeks: request.weeks,
    stages,
  };
}
