/**
 * Offline quiz: the questions written for the concept in the catalogue, in the learner's language. A practice,
 * review or capstone item the planner added asks questions drawn from the concepts it covers. Only where no
 * questions are written (the generic plan, a concept a repair invented)
 * does the labelled template ask about the plan itself.
 */
import { conceptsOf } from '../../../domain/roadmap.js';
import { questionIn, type CatalogueEntry, type CatalogueQuestion } from '../catalogue-schema.js';
import { derivedConcept, type DerivedConcept } from '../extras.js';
import { templateQuiz } from './quiz-template.js';
import { DIFFICULTY_RANK, curriculumConcept, hash, langOfCtx, requireConcept } from './text.js';
import type { OfflineAnswer } from './types.js';

/** The quiz schema asks for 5–8 questions; a drawn quiz asks the minimum, so it stays a quick check. */
const DRAWN_QUESTIONS = 5;

/**
 * One question from each source in turn, in a stable order per item: a mix across everything it covers.
 * Questions in `asked` (drawn by earlier items of the plan) come only when fresh ones run out.
 */
function drawn(entry: CatalogueEntry, item: DerivedConcept, asked: ReadonlySet<CatalogueQuestion>): CatalogueQuestion[] | null {
  const sign = item.draw === 'hardest' ? -1 : 1;
  const queues = item.sources
    .flatMap((id) => {
      const written = curriculumConcept(entry, id)?.quiz;
      return written ? [{ id, questions: [...written].sort((a, b) => sign * (DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty])) }] : [];
    })
    .sort((a, b) => hash(`${item.id}:${a.id}`) - hash(`${item.id}:${b.id}`));
  const out: CatalogueQuestion[] = [];
  for (const fresh of [true, false]) {
    const pending = queues.map((q) => q.questions.filter((x) => asked.has(x) !== fresh));
    while (out.length < DRAWN_QUESTIONS && pending.some((q) => q.length > 0)) {
      for (const q of pending) {
        const next = q.shift();
        if (next && out.length < DRAWN_QUESTIONS) out.push(next);
      }
    }
  }
  return out.length === DRAWN_QUESTIONS ? out : null;
}

/**
 * The written questions for a concept id of the entry, or null when there are none. A derived item avoids
 * what the derived items before it in `order` (the plan's concept ids) already ask.
 */
export function writtenQuestions(entry: CatalogueEntry, id: string, order: readonly string[] = [id]): CatalogueQuestion[] | null {
  const item = derivedConcept(entry, id);
  if (!item) return curriculumConcept(entry, id)?.quiz ?? null;
  const asked = new Set<CatalogueQuestion>();
  for (const earlier of order.slice(0, Math.max(0, order.indexOf(id)))) {
    const other = derivedConcept(entry, earlier);
    for (const q of (other && drawn(entry, other, asked)) ?? []) asked.add(q);
  }
  return drawn(entry, item, asked);
}

export const quiz: OfflineAnswer = (ctx, entry) => {
  const concept = requireConcept(ctx, 'quiz');
  const order = ctx.outline ? conceptsOf(ctx.outline).map((c) => c.id) : [concept.id];
  const written = writtenQuestions(entry, concept.id, order);
  if (!written) return templateQuiz(ctx, entry);
  const lang = langOfCtx(ctx);
  return { questions: written.map((q, i) => questionIn(q, lang, `q${i + 1}`)) };
};
