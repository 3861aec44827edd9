/** Every link in the curated catalogue: these are trusted without an HTTP check. */
import { CATALOGUE } from './catalogue/index.js';

export const CATALOGUE_URLS: ReadonlySet<string> = new Set(
  CATALOGUE.flatMap((e) => e.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.flatMap((c) => c.links.map((l) => l.url))))),
);
