/** Every link in the curated catalogue: these are trusted without an HTTP check. */
import { catalogue } from './catalogue.js';

let urls: ReadonlySet<string> | undefined;

export function catalogueUrls(): ReadonlySet<string> {
  urls ??= new Set(catalogue().flatMap((e) => e.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.flatMap((c) => c.links.map((l) => l.url))))));
  return urls;
}
