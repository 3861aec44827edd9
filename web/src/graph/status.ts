/**
 * What a concept is to the learner right now, derived from facts the API serves. Today those are the ticks
 * (done), the quiz attempts and the content status; due reviews and mastery are optional inputs so the graph
 * shows them as soon as an API serves them, without another rule here.
 */
import { CONTENT_KINDS, type ContentStatus } from '../../../src/domain/enums.js';
import { conceptsOf, type Outline } from '../../../src/domain/roadmap.js';

/** In the order the legend shows them; a concept has exactly one. */
export const CONCEPT_STATES = ['done', 'in_progress', 'due', 'ready', 'waiting'] as const;
export type ConceptState = (typeof CONCEPT_STATES)[number];

export interface LearnerFacts {
  /** Concepts the learner ticked. */
  done: ReadonlySet<string>;
  /** Concepts whose quiz the learner attempted. */
  attempted?: ReadonlySet<string>;
  /** Per concept id, the status of each content piece (as in the roadmap view). */
  content?: Readonly<Record<string, Partial<Record<(typeof CONTENT_KINDS)[number], ContentStatus>>>>;
  /** Concepts with a review due (spaced review), when that is known. */
  due?: ReadonlySet<string>;
  /** Per concept, mastery from 0 to 1, when that is known. */
  mastery?: ReadonlyMap<string, number>;
}

const stillGenerating = (pieces: Partial<Record<string, ContentStatus>> | undefined) =>
  pieces !== undefined && CONTENT_KINDS.some((k) => pieces[k] === 'pending' || pieces[k] === 'generating');

/**
 * One state per concept of the outline. A due review outranks done (it asks for action); started work
 * (content being written, a quiz tried but not ticked) outranks the prerequisite question.
 */
export function conceptStates(outline: Outline, facts: LearnerFacts): Map<string, ConceptState> {
  const concepts = conceptsOf(outline);
  const known = new Set(concepts.map((c) => c.id));
  const states = new Map<string, ConceptState>();
  for (const c of concepts) {
    const waiting = c.prerequisites.some((p) => known.has(p) && !facts.done.has(p));
    let state: ConceptState;
    if (facts.due?.has(c.id)) state = 'due';
    else if (facts.done.has(c.id)) state = 'done';
    else if (stillGenerating(facts.content?.[c.id]) || facts.attempted?.has(c.id)) state = 'in_progress';
    else state = waiting ? 'waiting' : 'ready';
    states.set(c.id, state);
  }
  return states;
}
