/**
 * What changed between two outlines, found by stable id: ids survive repairs, so an id in both outlines is the
 * same stage, module or concept. It is computed from the outlines themselves, never taken from a model's own
 * account of its edit, so "nothing changed" is true when it says so.
 */
import { z } from 'zod';
import type { Outline } from './roadmap.js';

export const OUTLINE_ITEM_KINDS = ['stage', 'module', 'concept'] as const;
export type OutlineItemKind = (typeof OUTLINE_ITEM_KINDS)[number];

const item = { kind: z.enum(OUTLINE_ITEM_KINDS), id: z.string(), title: z.string() };
const parent = z.string().nullable().describe('The id of the stage or module holding it; null for a stage.');

/** Fields compared beyond title, place and hours; a change to any of them is an `edited` change. */
const ITEM_FIELDS = ['description', 'difficulty', 'prerequisites', 'keywords'] as const;
const OUTLINE_FIELDS = ['title', 'summary', 'weeks', 'budgetNote'] as const;

export const outlineChangeSchema = z
  .discriminatedUnion('change', [
    z.object({ change: z.literal('added'), ...item, parentId: parent }),
    z.object({ change: z.literal('removed'), ...item, parentId: parent }),
    z.object({ change: z.literal('renamed'), ...item, from: z.string().describe('The old title; `title` is the new one.') }),
    z.object({
      change: z.literal('moved'),
      ...item,
      from: parent,
      to: parent.describe('The same as `from` when it moved among its siblings.'),
    }),
    z.object({ change: z.literal('hours'), ...item, from: z.number(), to: z.number() }),
    z.object({ change: z.literal('edited'), ...item, fields: z.array(z.enum(ITEM_FIELDS)) }),
    z.object({ change: z.literal('outline'), fields: z.array(z.enum(OUTLINE_FIELDS)) }),
    z.object({ change: z.literal('totalHours'), from: z.number(), to: z.number() }),
  ])
  .meta({ id: 'OutlineChange' });
export type OutlineChange = z.infer<typeof outlineChangeSchema>;

interface Placed {
  kind: OutlineItemKind;
  id: string;
  title: string;
  parentId: string | null;
  /** Its position among its parent's children. */
  index: number;
  fields: Record<(typeof ITEM_FIELDS)[number], unknown>;
  hours?: number;
}

/** Every stage, module and concept in outline order, with where it sits. */
function placed(outline: Outline): Placed[] {
  const out: Placed[] = [];
  const fields = (x: { description: string; difficulty?: string; prerequisites?: string[]; keywords?: string[] }) => ({
    description: x.description,
    difficulty: x.difficulty,
    prerequisites: x.prerequisites,
    keywords: x.keywords,
  });
  outline.stages.forEach((s, si) => {
    out.push({ kind: 'stage', id: s.id, title: s.title, parentId: null, index: si, fields: fields(s) });
    s.modules.forEach((m, mi) => {
      out.push({ kind: 'module', id: m.id, title: m.title, parentId: s.id, index: mi, fields: fields(m) });
      m.concepts.forEach((c, ci) => out.push({ kind: 'concept', id: c.id, title: c.title, parentId: m.id, index: ci, fields: fields(c), hours: c.hours }));
    });
  });
  return out;
}

/** Keyed by kind too: a stage and a concept may share an id in a broken outline. */
const keyOf = (p: Pick<Placed, 'kind' | 'id'>) => `${p.kind}:${p.id}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The kept items that changed order among siblings under the same parent: those outside the longest run whose
 * old positions still increase in the new order (the fewest items that, moved, explain the new order).
 */
function reordered(siblings: Array<{ key: string; oldIndex: number }>): Set<string> {
  const n = siblings.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (siblings[j]!.oldIndex < siblings[i]!.oldIndex && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  const kept = new Set<string>();
  // Of equally long runs the one ending last is kept: an item that jumped forward is the one reported as moved.
  for (let i = n === 0 ? -1 : length.lastIndexOf(Math.max(...length)); i >= 0; i = previous[i]!) kept.add(siblings[i]!.key);
  return new Set(siblings.filter((s) => !kept.has(s.key)).map((s) => s.key));
}

/**
 * The most telling changes first, so a shortened list still shows them: an added module matters more than the
 * twenty concepts whose hours made room for it. Within a kind, outline order.
 */
const ORDER: Record<OutlineChange['change'], number> = { totalHours: 0, outline: 1, added: 2, removed: 3, renamed: 4, moved: 5, edited: 6, hours: 7 };

export function diffOutlines(before: Outline, after: Outline): OutlineChange[] {
  const changes: OutlineChange[] = [];
  const totalOf = (o: Outline) => placed(o).reduce((sum, p) => sum + (p.hours ?? 0), 0);
  const [from, to] = [totalOf(before), totalOf(after)];
  if (Math.abs(from - to) > 0.01) changes.push({ change: 'totalHours', from, to });
  const fields = OUTLINE_FIELDS.filter((f) => !same(before[f], after[f]));
  if (fields.length > 0) changes.push({ change: 'outline', fields });

  const old = new Map(placed(before).map((p) => [keyOf(p), p]));
  const now = placed(after);
  // Siblings kept under the same parent, in their new order, to find the ones that changed order.
  const byParent = new Map<string, Array<{ key: string; oldIndex: number }>>();
  for (const p of now) {
    const o = old.get(keyOf(p));
    if (!o || o.parentId !== p.parentId) continue;
    const group = `${p.kind}:${p.parentId ?? ''}`;
    byParent.set(group, [...(byParent.get(group) ?? []), { key: keyOf(p), oldIndex: o.index }]);
  }
  const outOfOrder = new Set([...byParent.values()].flatMap((g) => [...reordered(g)]));

  for (const p of now) {
    const o = old.get(keyOf(p));
    const base = { kind: p.kind, id: p.id, title: p.title };
    if (!o) {
      changes.push({ change: 'added', ...base, parentId: p.parentId });
      continue;
    }
    if (o.title !== p.title) changes.push({ change: 'renamed', ...base, from: o.title });
    if (o.parentId !== p.parentId || outOfOrder.has(keyOf(p))) changes.push({ change: 'moved', ...base, from: o.parentId, to: p.parentId });
    if (o.hours !== undefined && p.hours !== undefined && o.hours !== p.hours) changes.push({ change: 'hours', ...base, from: o.hours, to: p.hours });
    const edited = ITEM_FIELDS.filter((f) => !same(o.fields[f], p.fields[f]));
    if (edited.length > 0) changes.push({ change: 'edited', ...base, fields: edited });
  }
  const kept = new Set(now.map(keyOf));
  for (const o of old.values()) {
    if (!kept.has(keyOf(o))) changes.push({ change: 'removed', kind: o.kind, id: o.id, title: o.title, parentId: o.parentId });
  }
  return changes.sort((a, b) => ORDER[a.change] - ORDER[b.change]);
}
