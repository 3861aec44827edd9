/**
 * Editing an outline: the learner's operations (add, remove, move, rename, set hours) applied as a pure
 * function, outline + operations → the new outline, or the issues that stop it, each naming the operation.
 *
 * - Ids are stable: a kept stage, module or concept keeps its id (and so its progress, quiz attempts and review
 *   cards); an added one gets a fresh id that no concept of the roadmap ever had (`takenIds` holds the hidden
 *   ones), so a removed concept's history can never be mistaken for a new concept's.
 * - Removing a concept hands its prerequisites on to the concepts that required it, so the order it imposed
 *   survives without it, and no prerequisite points at a concept that is gone.
 * - The result must pass the hard checks (outline-checks.ts) that the base passed: an issue the base already
 *   had does not block an edit, one the edit introduces does. Planning less than the learner's budget is not
 *   an issue here: the learner owns their time, and cutting what they already know is a reason in itself.
 */
import { z } from 'zod';
import { DIFFICULTIES } from './enums.js';
import { checkOutline, type OutlineIssue, type OutlineIssueCode } from './outline-checks.js';
import { conceptsOf, slugId, type Concept, type Module, type Outline, type Stage } from './roadmap.js';

// Factories, not shared instances: a schema used twice is written into the OpenAPI document once and
// referenced, and the references lose the bounds for clients that read the document.
const title = () => z.string().min(1).max(200).regex(/\S/, 'must not be blank');
const description = () => z.string().max(2000);
const hours = () => z.number().min(0.25).max(200).describe('At least a quarter of an hour.');
const index = () => z.number().int().min(0).max(10_000).describe('The position among the new parent\'s children, 0 first.');

const newConcept = () =>
  z.strictObject({
    title: title(),
    description: description().default(''),
    hours: hours(),
    difficulty: z.enum(DIFFICULTIES).optional().describe('medium when absent.'),
    prerequisites: z.array(slugId).max(20).default([]).describe('Ids of concepts of this outline.'),
  });

export const outlineOperationSchema = z
  .discriminatedUnion('op', [
    z.strictObject({ op: z.literal('add_concept'), moduleId: slugId, after: slugId.optional().describe('The concept to insert after; the end of the module when absent.'), concept: newConcept() }),
    z.strictObject({ op: z.literal('remove_concept'), conceptId: slugId }),
    z.strictObject({ op: z.literal('move_concept'), conceptId: slugId, moduleId: slugId, index: index() }),
    z.strictObject({ op: z.literal('rename'), id: slugId.describe('A stage, module or concept id.'), title: title(), description: description().optional() }),
    z.strictObject({ op: z.literal('set_hours'), conceptId: slugId, hours: hours() }),
    z.strictObject({
      op: z.literal('add_module'),
      stageId: slugId,
      after: slugId.optional().describe('The module to insert after; the end of the stage when absent.'),
      module: z.strictObject({ title: title(), description: description().default(''), concepts: z.array(newConcept()).min(1).max(30) }),
    }),
    z.strictObject({ op: z.literal('remove_module'), moduleId: slugId }),
    z.strictObject({ op: z.literal('move_module'), moduleId: slugId, stageId: slugId, index: index() }),
  ])
  .meta({ id: 'OutlineOperation' });
export type OutlineOperation = z.output<typeof outlineOperationSchema>;
/** An operation as a client sends it (defaults not yet filled in). */
export type OutlineOperationInput = z.input<typeof outlineOperationSchema>;
type NewConcept = z.output<ReturnType<typeof newConcept>>;

export type EditIssueCode = OutlineIssueCode | 'UNKNOWN_ID' | 'INDEX_OUT_OF_RANGE';

export interface EditIssue {
  /** The index of the operation that caused it; null when no single one did. */
  operation: number | null;
  code: EditIssueCode;
  at: string;
  message: string;
}

export type EditResult =
  | { ok: true; outline: Outline; added: string[]; removed: string[] }
  | { ok: false; issues: EditIssue[] };

/** Hard-check codes a learner's edit may leave in place (see the header). */
const LEARNER_MAY = new Set<OutlineIssueCode>(['UNDER_BUDGET']);

export function applyOutlineEdit(base: Outline, operations: readonly OutlineOperation[], opts: { budgetHours: number; takenIds?: Iterable<string> }): EditResult {
  const draft = new Draft(base, opts.takenIds ?? []);
  const states: Outline[] = [];
  const issues: EditIssue[] = [];
  operations.forEach((op, i) => {
    const problem = draft.apply(op);
    if (problem) issues.push({ operation: i, ...problem });
    states.push(draft.snapshot());
  });
  if (issues.length > 0) return { ok: false, issues };
  const outline = draft.snapshot();
  const checks = (o: Outline) => new Set(checkOutline(o, opts.budgetHours).filter((x) => !LEARNER_MAY.has(x.code)).map(keyOf));
  const before = checks(base);
  const introduced = introducedIssues(base, outline, opts.budgetHours);
  if (introduced.length > 0) {
    const prefixes = states.map(checks);
    // The operation after which the issue stayed: the last one whose preceding state did not have it.
    const culprit = (key: string) => {
      for (let i = prefixes.length - 1; i >= 0; i--) if (!(i === 0 ? before : prefixes[i - 1]!).has(key)) return i;
      return null;
    };
    return { ok: false, issues: introduced.map((x) => ({ operation: culprit(keyOf(x)), ...x })) };
  }
  const ids = (o: Outline) => new Set(conceptsOf(o).map((c) => c.id));
  const [was, now] = [ids(base), ids(outline)];
  return { ok: true, outline, added: [...now].filter((id) => !was.has(id)), removed: [...was].filter((id) => !now.has(id)) };
}

const keyOf = (x: { code: string; at: string }) => `${x.code}@${x.at}`;

/** The hard-check issues `outline` has that `base` did not, but for those a learner's change may leave. */
export function introducedIssues(base: Outline, outline: Outline, budgetHours: number): OutlineIssue[] {
  const before = new Set(checkOutline(base, budgetHours).map(keyOf));
  return checkOutline(outline, budgetHours).filter((x) => !LEARNER_MAY.has(x.code) && !before.has(keyOf(x)));
}

/** A lower-case slug of a title, for a new id; empty for a title with no Latin letters or digits. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** `slugOf(title)`, or `fallback`, made unique against `taken` with a numeric suffix; added to `taken`. */
export function freshId(title: string, fallback: string, taken: Set<string>): string {
  const stem = slugOf(title) || fallback;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

type Problem = Omit<EditIssue, 'operation'>;
const unknown = (kind: string, id: string): Problem => ({ code: 'UNKNOWN_ID', at: id, message: `the outline has no ${kind} "${id}"` });

/** The outline being edited, mutable, with the ids taken so far. */
class Draft {
  private readonly outline: Outline;
  private readonly taken: Set<string>;

  constructor(base: Outline, takenIds: Iterable<string>) {
    this.outline = structuredClone(base);
    this.taken = new Set(takenIds);
    for (const s of base.stages) {
      this.taken.add(s.id);
      for (const m of s.modules) {
        this.taken.add(m.id);
        for (const c of m.concepts) this.taken.add(c.id);
      }
    }
  }

  snapshot(): Outline {
    const copy = structuredClone(this.outline);
    copy.totalHours = conceptsOf(copy).reduce((sum, c) => sum + c.hours, 0);
    return copy;
  }

  apply(op: OutlineOperation): Problem | null {
    switch (op.op) {
      case 'add_concept': {
        const mod = this.module(op.moduleId);
        if (!mod) return unknown('module', op.moduleId);
        const at = op.after === undefined ? mod.concepts.length : mod.concepts.findIndex((c) => c.id === op.after) + 1;
        if (at === 0) return unknown(`concept in module "${op.moduleId}"`, op.after!);
        mod.concepts.splice(at, 0, this.concept(op.concept));
        return null;
      }
      case 'remove_concept':
        return this.removeConcept(op.conceptId) ? null : unknown('concept', op.conceptId);
      case 'move_concept': {
        const from = this.moduleOf(op.conceptId);
        const to = this.module(op.moduleId);
        if (!from) return unknown('concept', op.conceptId);
        if (!to) return unknown('module', op.moduleId);
        return moveInto(from.concepts, to.concepts, op.conceptId, op.index, op.moduleId);
      }
      case 'rename': {
        const item = this.item(op.id);
        if (!item) return unknown('stage, module or concept', op.id);
        item.title = op.title;
        if (op.description !== undefined) item.description = op.description;
        return null;
      }
      case 'set_hours': {
        const concept = this.moduleOf(op.conceptId)?.concepts.find((c) => c.id === op.conceptId);
        if (!concept) return unknown('concept', op.conceptId);
        concept.hours = op.hours;
        return null;
      }
      case 'add_module': {
        const stage = this.stage(op.stageId);
        if (!stage) return unknown('stage', op.stageId);
        const at = op.after === undefined ? stage.modules.length : stage.modules.findIndex((m) => m.id === op.after) + 1;
        if (at === 0) return unknown(`module in stage "${op.stageId}"`, op.after!);
        const mod: Module = { id: freshId(op.module.title, 'module', this.taken), title: op.module.title, description: op.module.description, concepts: [] };
        mod.concepts = op.module.concepts.map((c) => this.concept(c));
        stage.modules.splice(at, 0, mod);
        return null;
      }
      case 'remove_module': {
        const stage = this.stageOf(op.moduleId);
        if (!stage) return unknown('module', op.moduleId);
        for (const c of [...this.module(op.moduleId)!.concepts]) this.removeConcept(c.id);
        stage.modules = stage.modules.filter((m) => m.id !== op.moduleId);
        return null;
      }
      case 'move_module': {
        const from = this.stageOf(op.moduleId);
        const to = this.stage(op.stageId);
        if (!from) return unknown('module', op.moduleId);
        if (!to) return unknown('stage', op.stageId);
        return moveInto(from.modules, to.modules, op.moduleId, op.index, op.stageId);
      }
    }
  }

  private concept(c: NewConcept): Concept {
    return { id: freshId(c.title, 'concept', this.taken), title: c.title, description: c.description, hours: c.hours, difficulty: c.difficulty ?? 'medium', prerequisites: [...new Set(c.prerequisites)], keywords: [] };
  }

  /** Removes a concept; those that required it require its prerequisites instead. */
  private removeConcept(id: string): boolean {
    const mod = this.moduleOf(id);
    if (!mod) return false;
    const removed = mod.concepts.find((c) => c.id === id)!;
    mod.concepts = mod.concepts.filter((c) => c.id !== id);
    for (const c of conceptsOf(this.outline)) {
      if (!c.prerequisites.includes(id)) continue;
      c.prerequisites = [...new Set(c.prerequisites.flatMap((p) => (p === id ? removed.prerequisites : [p])))].filter((p) => p !== c.id);
    }
    return true;
  }

  private stage(id: string): Stage | undefined {
    return this.outline.stages.find((s) => s.id === id);
  }

  private stageOf(moduleId: string): Stage | undefined {
    return this.outline.stages.find((s) => s.modules.some((m) => m.id === moduleId));
  }

  private module(id: string): Module | undefined {
    return this.outline.stages.flatMap((s) => s.modules).find((m) => m.id === id);
  }

  private moduleOf(conceptId: string): Module | undefined {
    return this.outline.stages.flatMap((s) => s.modules).find((m) => m.concepts.some((c) => c.id === conceptId));
  }

  private item(id: string): Stage | Module | Concept | undefined {
    return this.stage(id) ?? this.module(id) ?? this.moduleOf(id)?.concepts.find((c) => c.id === id);
  }
}

/** Moves item `id` from `from` to position `index` of `to` (the same list or another); left in place if out of range. */
function moveInto<T extends { id: string }>(from: T[], to: T[], id: string, index: number, parent: string): Problem | null {
  const at = from.findIndex((x) => x.id === id);
  const [item] = from.splice(at, 1);
  if (index > to.length) {
    from.splice(at, 0, item!);
    return { code: 'INDEX_OUT_OF_RANGE', at: parent, message: `index ${index} is past the end of "${parent}" (${to.length} items there)` };
  }
  to.splice(index, 0, item!);
  return null;
}
