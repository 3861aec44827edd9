/**
 * The roadmap as ELK graphs, and ELK's answers as boxes and arrows. Pure: the caller measures what is drawn,
 * ELK places it (layered, top to bottom, orthogonal edges), so all of this is tested without a browser.
 *
 * Wide screens get one graph: stages are compound nodes chained top to bottom, modules are compound nodes in
 * them, concepts the leaves, and an arrow runs from each prerequisite to the concept that needs it within the
 * stage. Across stages the bands already say "earlier first"; arrows from every earlier stage into a later one
 * would cross the whole page, so the renderer lights those prerequisites up on demand instead. A phone gets
 * one small graph per module, at most two concepts side by side, stacked in the page's flow; there a
 * prerequisite from another module is named on the card. Arrows implied by others (a → b → c implies a → c)
 * are left out of the drawing; the concept panel lists every prerequisite.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Module, Outline, Stage } from '../../../src/domain/roadmap.js';

export type GraphMode = 'wide' | 'narrow';

export interface Size {
  width: number;
  height: number;
}
export interface Box extends Size {
  x: number;
  y: number;
}
export interface Point {
  x: number;
  y: number;
}

/** What the renderer measured: every concept card and every module title. */
export interface Measured {
  concept: (conceptId: string) => Size;
  moduleTitle: (moduleId: string) => Size;
}

export interface Arrow {
  id: string;
  source: string;
  target: string;
  points: Point[];
}

/** One drawing surface, in its own coordinates: a stage (wide; with its module boxes) or a module (narrow). */
export interface Canvas {
  width: number;
  height: number;
  modules: Array<{ id: string; box: Box }>;
  concepts: Array<{ id: string; box: Box }>;
  arrows: Arrow[];
}

/** Canvases by stage id (wide) or by module id (narrow). */
export interface GraphLayout {
  mode: GraphMode;
  canvases: Record<string, Canvas>;
}

/** Room around and between things, in CSS pixels. */
const SPACE = { module: 12, moduleGap: 24, layer: 36, node: 20, edgeNode: 10, edgeEdge: 8 } as const;
const PHONE = { node: 12, layer: 24, component: 16 } as const;

const stageNode = (id: string) => `stage:${id}`;
const moduleNode = (id: string) => `module:${id}`;
const conceptNode = (id: string) => `concept:${id}`;

/** The prerequisite arrows worth drawing: known prerequisites, minus those implied by longer paths. */
export function prerequisiteArrows(outline: Outline): Array<{ source: string; target: string }> {
  const concepts = outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
  const known = new Set(concepts.map((c) => c.id));
  const needs = new Map(concepts.map((c) => [c.id, [...new Set(c.prerequisites.filter((p) => known.has(p) && p !== c.id))]]));
  const dependsOn = (from: string, on: string, seen: Set<string>): boolean =>
    (needs.get(from) ?? []).some((p) => p === on || (!seen.has(p) && (seen.add(p), dependsOn(p, on, seen))));
  return concepts.flatMap((c) => {
    const direct = needs.get(c.id) ?? [];
    return direct.filter((p) => !direct.some((q) => q !== p && dependsOn(q, p, new Set()))).map((p) => ({ source: p, target: c.id }));
  });
}

/** Per concept id, a key of where it lives (its stage's or its module's id). */
function homes(outline: Outline, key: (stage: Stage, module: Module) => string): Map<string, string> {
  return new Map(outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => [c.id, key(s, m)] as const))));
}

const padding = (top: number, side: number) => `[top=${top},left=${side},bottom=${side},right=${side}]`;
const edge = (id: string, source: string, target: string): ElkExtendedEdge => ({ id, sources: [source], targets: [target] });

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Keep the outline's order wherever the prerequisites leave a choice.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.spacing.edgeNode': String(SPACE.edgeNode),
  'elk.spacing.edgeEdge': String(SPACE.edgeEdge),
} as const;

/**
 * One graph per stage (laid out separately, in one call): its modules as compound nodes, and the arrows
 * between its concepts routed by ELK across the modules.
 */
export function wideGraph(outline: Outline, measured: Measured): ElkNode {
  const stageOf = homes(outline, (s) => s.id);
  const arrows = prerequisiteArrows(outline).filter((a) => stageOf.get(a.source) === stageOf.get(a.target));
  return {
    id: 'roadmap',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' },
    children: outline.stages.map((stage) => ({
      id: stageNode(stage.id),
      layoutOptions: {
        ...LAYERED,
        'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
        'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACE.layer),
        'elk.spacing.nodeNode': String(SPACE.moduleGap),
        'elk.padding': padding(0, 0),
        'elk.json.shapeCoords': 'ROOT',
        'elk.json.edgeCoords': 'ROOT',
      },
      children: stage.modules.map((mod) => moduleBox(mod, measured, SPACE.module)),
      edges: arrows
        .filter((a) => stageOf.get(a.target) === stage.id)
        .map(({ source, target }) => edge(`${source}->${target}`, `${conceptNode(source)}:out`, `${conceptNode(target)}:in`)),
    })),
  };
}

/** A module as a compound node: room for its title on top, never narrower than the title. */
function moduleBox(mod: Module, measured: Measured, pad: number): ElkNode {
  const title = measured.moduleTitle(mod.id);
  return {
    id: moduleNode(mod.id),
    layoutOptions: {
      'elk.padding': padding(title.height + pad, pad),
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${title.width + 2 * pad}, ${title.height + 2 * pad})`,
      'elk.spacing.nodeNode': String(SPACE.node),
    },
    children: mod.concepts.map((c) => withPorts(conceptNode(c.id), measured.concept(c.id))),
  };
}

/**
 * One entry point on top and one exit at the bottom of every card: arrows into a concept meet there, and
 * arrows out of it fan out from one point, instead of a comb of parallel lines along the card's edge.
 */
function withPorts(id: string, size: Size): ElkNode {
  return {
    id,
    ...size,
    layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' },
    ports: [
      { id: `${id}:in`, layoutOptions: { 'elk.port.side': 'NORTH' } },
      { id: `${id}:out`, layoutOptions: { 'elk.port.side': 'SOUTH' } },
    ],
  };
}

/**
 * One small graph per module (laid out separately, in one call): a single column of cards in study order,
 * arrows between its own concepts only, those that skip a card routed beside the column.
 */
export function narrowGraph(outline: Outline, measured: Measured): ElkNode {
  const modules = outline.stages.flatMap((s) => s.modules);
  const inModule = homes(outline, (_, m) => m.id);
  const arrows = prerequisiteArrows(outline).filter((a) => inModule.get(a.source) === inModule.get(a.target));
  return {
    id: 'roadmap',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' },
    children: modules.map((mod) => ({
      id: moduleNode(mod.id),
      layoutOptions: {
        ...LAYERED,
        'elk.padding': padding(0, 0),
        'elk.spacing.nodeNode': String(PHONE.node),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(PHONE.layer),
        'elk.spacing.componentComponent': String(PHONE.component),
        'elk.aspectRatio': '0.1',
        'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
        'elk.layered.layering.coffmanGraham.layerBound': '1',
        'elk.layered.nodePlacement.strategy': 'SIMPLE',
      },
      children: mod.concepts.map((c) => withPorts(conceptNode(c.id), measured.concept(c.id))),
      edges: arrows
        .filter((a) => inModule.get(a.target) === mod.id)
        .map(({ source, target }) => edge(`${source}->${target}`, `${conceptNode(source)}:out`, `${conceptNode(target)}:in`)),
    })),
  };
}

const boxOf = (n: ElkNode, origin: Point = { x: 0, y: 0 }): Box => ({
  x: (n.x ?? 0) - origin.x,
  y: (n.y ?? 0) - origin.y,
  width: n.width ?? 0,
  height: n.height ?? 0,
});
const after = (id: string) => id.slice(id.indexOf(':') + 1).replace(/:(in|out)$/, '');

function arrowsOf(edges: readonly ElkExtendedEdge[] | undefined, origin: Point): Arrow[] {
  return (edges ?? []).map((e) => ({
    id: e.id,
    source: after(e.sources[0]!),
    target: after(e.targets[0]!),
    points: (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map((p) => ({ x: p.x - origin.x, y: p.y - origin.y })),
  }));
}

/**
 * A module's box trimmed to its cards: ELK leaves room below them for arrows that leave the module (and
 * sometimes more); the trimmed box lies inside ELK's, so it can overlap nothing ELK placed elsewhere.
 */
function trimmed(module: ElkNode, origin: Point): Box {
  const box = boxOf(module, origin);
  const bottom = Math.max(box.y, ...(module.children ?? []).map((c) => boxOf(c, origin)).map((c) => c.y + c.height));
  return { ...box, height: Math.min(box.height, bottom + SPACE.module - box.y) };
}

/** ELK's answer for the wide graph: per stage, everything relative to the stage (ELK gave root coordinates). */
export function readWide(laidOut: ElkNode): GraphLayout {
  const canvases = (laidOut.children ?? []).map((stage): [string, Canvas] => {
    const origin = { x: stage.x ?? 0, y: stage.y ?? 0 };
    const modules = (stage.children ?? []).map((m) => ({ id: after(m.id), box: trimmed(m, origin), children: m.children ?? [] }));
    const arrows = arrowsOf(stage.edges, origin);
    const bottom = Math.max(0, ...modules.map((m) => m.box.y + m.box.height), ...arrows.flatMap((a) => a.points.map((p) => p.y)));
    return [
      after(stage.id),
      {
        width: stage.width ?? 0,
        height: Math.min(stage.height ?? 0, bottom),
        modules: modules.map(({ id, box }) => ({ id, box })),
        concepts: modules.flatMap((m) => m.children.map((c) => ({ id: after(c.id), box: boxOf(c, origin) }))),
        arrows,
      },
    ];
  });
  return { mode: 'wide', canvases: Object.fromEntries(canvases) };
}

/** ELK's answer for the phone: per module, boxes relative to that module. */
export function readNarrow(laidOut: ElkNode): GraphLayout {
  const canvases = (laidOut.children ?? []).map((m): [string, Canvas] => [
    after(m.id),
    {
      width: m.width ?? 0,
      height: m.height ?? 0,
      modules: [],
      concepts: (m.children ?? []).map((c) => ({ id: after(c.id), box: boxOf(c) })),
      arrows: arrowsOf(m.edges, { x: 0, y: 0 }),
    },
  ]);
  return { mode: 'narrow', canvases: Object.fromEntries(canvases) };
}
