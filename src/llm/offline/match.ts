/** Picks the catalogue entry a goal is about: the entry whose longest match phrase occurs in the goal. */
import type { CatalogueEntry } from './catalogue-schema.js';

function occurs(goal: string, phrase: string): boolean {
  // Latin phrases must stand as whole words ("go" must not match "google"); CJK phrases have no word breaks.
  if (/^[\x00-\x7f]+$/.test(phrase)) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^a-z0-9+#])${escaped}($|[^a-z0-9+#])`).test(goal);
  }
  return goal.includes(phrase);
}

export function selectEntry(catalogue: readonly CatalogueEntry[], goal: string): CatalogueEntry | null {
  const text = goal.toLowerCase();
  let best: { entry: CatalogueEntry; length: number } | null = null;
  for (const entry of catalogue) {
    for (const phrase of [...entry.match.aliases.en, ...entry.match.aliases.zh]) {
      if (phrase.length > (best?.length ?? 0) && occurs(text, phrase)) best = { entry, length: phrase.length };
    }
  }
  return best?.entry ?? null;
}
