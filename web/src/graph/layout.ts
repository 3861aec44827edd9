/**
 * Runs ELK on the roadmap. ELK is large (about 1.6 MB), so it is fetched only when a graph is first shown,
 * and it runs in a web worker: a layout never blocks the page. Layouts are memoised by their input, so
 * ticking a concept (which changes colours, not sizes) or coming back to the graph costs nothing.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Outline } from '../../../src/domain/roadmap.js';
import { narrowGraph, readNarrow, readWide, wideGraph, type GraphLayout, type GraphMode, type Measured } from './elk-input.js';

interface Elk {
  layout(graph: ElkNode): Promise<ElkNode>;
}

let elk: Promise<Elk> | undefined;
function loadElk(): Promise<Elk> {
  elk ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([{ default: ELK }, { default: workerUrl }]) => new ELK({ workerUrl }),
  );
  return elk;
}

/** A few recent layouts: both modes of the roadmap on screen, and the one before it. */
const KEEP = 6;
const cache = new Map<string, Promise<GraphLayout>>();

export function layoutRoadmap(outline: Outline, mode: GraphMode, measured: Measured): Promise<GraphLayout> {
  const graph = mode === 'wide' ? wideGraph(outline, measured) : narrowGraph(outline, measured);
  const key = JSON.stringify(graph);
  const known = cache.get(key);
  if (known) return known;
  const laidOut = loadElk()
    .then((e) => e.layout(graph))
    .then((result) => (mode === 'wide' ? readWide(result) : readNarrow(result)));
  laidOut.catch(() => cache.delete(key));
  cache.set(key, laidOut);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return laidOut;
}
