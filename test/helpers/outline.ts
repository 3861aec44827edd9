/** Building outlines for the web app's tests. */
import type { Concept } from '../../src/domain/roadmap.js';

/** A one-hour easy concept titled "Concept <ID>". */
export const concept = (id: string, prerequisites: string[] = []): Concept => ({
  id,
  title: `Concept ${id.toUpperCase()}`,
  description: '',
  hours: 1,
  difficulty: 'easy',
  prerequisites,
  keywords: [],
});
