/**
 * The shape of the offline provider's curated catalogue: real curricula for popular goals, written by hand.
 * Concept ids are slugs unique within one entry; prerequisites name concept ids of the same entry that come
 * earlier in the entry. Hours are for a beginner; the planner scales them to the learner's budget.
 */
import type { Difficulty } from '../../domain/enums.js';

export interface CatalogueLink {
  title: string;
  url: string;
  /** documentation | tutorial | book | course | video | tool | article */
  type: 'documentation' | 'tutorial' | 'book' | 'course' | 'video' | 'tool' | 'article';
  /** One sentence: why this link helps with the concept. */
  why: string;
}

/** Chinese text for a stage, module or concept (the offline provider speaks English and Chinese). */
export interface ZhText {
  title: string;
  description: string;
}

export interface CatalogueConcept {
  id: string;
  title: string;
  description: string;
  zh: ZhText;
  hours: number;
  difficulty: Difficulty;
  prerequisites: string[];
  keywords: string[];
  /** Official documentation first; only links that are stable, well-known URLs. */
  links: CatalogueLink[];
}

export interface CatalogueModule {
  id: string;
  title: string;
  description: string;
  zh: ZhText;
  concepts: CatalogueConcept[];
}

export interface CatalogueStage {
  id: string;
  title: string;
  description: string;
  zh: ZhText;
  modules: CatalogueModule[];
}

export interface CatalogueEntry {
  /** Stable key, e.g. `go-backend`. */
  key: string;
  /** Words or phrases that select this entry from a learner's goal (lower case, English and Chinese). */
  match: string[];
  title: { en: string; zh: string };
  summary: { en: string; zh: string };
  stages: CatalogueStage[];
}
