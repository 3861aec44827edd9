/**
 * Offline repair: mechanical fixes for what the hard checks find (duplicate ids, unknown prerequisites,
 * cycles, empty modules and stages, hours over or far under budget, a wrong total), and a small, honest change
 * for a learner's feedback when the structure is sound, saying which wishes it could not apply (feedback.ts).
 * Ids of untouched items stay the same.
 */
import { budgetBand, checkOutline } from '../../../domain/outline-checks.js';
import type { Concept, Outline } from '../../../domain/roadmap.js';
import { conceptsOf } from '../../../domain/roadmap.js';
import type { Repair } from '../../../domain/validation.js';
import { planOutline } from '../planner.js';
import type { Lang } from '../lang.js';
import { roundHalf } from '../hours.js';
import { planFeedback } from './feedback.js';
import { budgetOf, langOfCtx, list, q, requireOutline, tr, truncate } from './text.js';
import type { OfflineAnswer } from './types.js';

type Edit = Repair['editPlan'][number];

/** How far the repairer stretches hours to use a budget: past twice its time a concept is padded, not deepened. */
const MAX_STRETCH = 2;

/** A slug id not yet used: `base`, else `base-2`, `base-3`, … (kept within the 64-character limit). */
function freshId(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, 64 - suffix.length)}${suffix}`;
    if (!used.has(id)) return id;
  }
}

function total(outline: Outline): number {
  return conceptsOf(outline).reduce((sum, c) => sum + c.hours, 0);
}

/** Returns one prerequisite cycle as a closed path of ids, or null. */
function findCycle(concepts: readonly Concept[]): string[] | null {
  const graph = new Map(concepts.map((c) => [c.id, c.prerequisites]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 'visiting');
    path.push(id);
    for (const next of graph.get(id) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'visiting') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const c of concepts) {
    if (!state.has(c.id)) {
      const found = visit(c.id);
      if (found) return found;
    }
  }
  return null;
}

function removeEmpty(outline: Outline, lang: Lang, edits: Edit[]): void {
  for (const s of outline.stages) {
    for (const m of s.modules.filter((x) => x.concepts.length === 0)) {
      edits.push({ action: 'remove', target: 'module', targetId: m.id, description: tr(lang, `Removed the empty module ${q(lang, m.title)}.`, `删除了空模块${q(lang, m.title)}。`) });
    }
    s.modules = s.modules.filter((m) => m.concepts.length > 0);
  }
  for (const s of outline.stages.filter((x) => x.modules.length === 0)) {
    edits.push({ action: 'remove', target: 'stage', targetId: s.id, description: tr(lang, `Removed the stage ${q(lang, s.title)}, which had no modules left.`, `删除了没有模块的阶段${q(lang, s.title)}。`) });
  }
  outline.stages = outline.stages.filter((s) => s.modules.length > 0);
}

/** Scales hours by `factor` in half-hour units, then trims the longest concepts until the total fits `cap`. */
function scaleHours(outline: Outline, factor: number, cap: number, keep?: Concept): void {
  const concepts = conceptsOf(outline).filter((c) => c !== keep);
  for (const c of concepts) c.hours = roundHalf(c.hours * factor);
  while (total(outline) > cap) {
    const longest = concepts.reduce<Concept | null>((best, c) => (c.hours > 0.5 && (!best || c.hours > best.hours) ? c : best), null);
    if (!longest) break;
    longest.hours -= 0.5;
  }
}

/** Fixes the structure in place; returns the edits made. */
function fixStructure(outline: Outline, lang: Lang): Edit[] {
  const edits: Edit[] = [];
  // Duplicate ids: the later occurrence gets a suffix.
  const used = new Set<string>();
  const all = outline.stages.flatMap((s) => [
    { kind: 'stage' as const, item: s },
    ...s.modules.flatMap((m) => [{ kind: 'module' as const, item: m }, ...m.concepts.map((c) => ({ kind: 'concept' as const, item: c }))]),
  ]);
  const allIds = new Set(all.map((x) => x.item.id));
  const conceptIds = new Set<string>();
  for (const { kind, item } of all) {
    if (used.has(item.id)) {
      const renamed = freshId(item.id, new Set([...used, ...allIds]));
      edits.push({ action: 'modify', target: kind, targetId: renamed, description: tr(lang, `Renamed the duplicate id "${item.id}" of ${q(lang, item.title)} to "${renamed}".`, `把${q(lang, item.title)}重复的 id "${item.id}" 改为 "${renamed}"。`) });
      // Prerequisites name concepts: if the earlier holder of the id was a stage or module, they meant this one.
      if (kind === 'concept' && !conceptIds.has(item.id)) {
        for (const c of conceptsOf(outline)) c.prerequisites = c.prerequisites.map((p) => (p === item.id ? renamed : p));
      }
      item.id = renamed;
      allIds.add(renamed);
    }
    used.add(item.id);
    if (kind === 'concept') conceptIds.add(item.id);
  }

  removeEmpty(outline, lang, edits);

  const concepts = conceptsOf(outline);
  const ids = new Set(concepts.map((c) => c.id));
  for (const c of concepts) {
    const dropped = c.prerequisites.filter((p) => !ids.has(p) || p === c.id);
    const kept = [...new Set(c.prerequisites.filter((p) => ids.has(p) && p !== c.id))];
    if (dropped.length > 0) {
      edits.push({ action: 'modify', target: 'concept', targetId: c.id, description: tr(lang, `Dropped prerequisite(s) of ${q(lang, c.title)} that are not concepts of the outline: ${list(lang, dropped)}.`, `删除了${q(lang, c.title)}中不存在于大纲的前置知识：${list(lang, dropped)}。`) });
    }
    c.prerequisites = kept;
  }

  // Cycles: remove the edge whose prerequisite sits furthest forward in the outline (prerequisites belong earlier).
  const position = new Map(concepts.map((c, i) => [c.id, i]));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  for (let cycle = findCycle(concepts); cycle; cycle = findCycle(concepts)) {
    let worst = { from: cycle[0]!, to: cycle[1]!, gap: -Infinity };
    for (let i = 0; i + 1 < cycle.length; i++) {
      const gap = position.get(cycle[i + 1]!)! - position.get(cycle[i]!)!;
      if (gap > worst.gap) worst = { from: cycle[i]!, to: cycle[i + 1]!, gap };
    }
    const c = byId.get(worst.from)!;
    c.prerequisites = c.prerequisites.filter((p) => p !== worst.to);
    edits.push({ action: 'modify', target: 'concept', targetId: c.id, description: tr(lang, `Broke the prerequisite cycle ${cycle.join(' → ')} by removing "${worst.to}" from the prerequisites of ${q(lang, c.title)}.`, `为打破前置循环 ${cycle.join(' → ')}，从${q(lang, c.title)}的前置知识中删除了 "${worst.to}"。`) });
  }
  return edits;
}

/** A practice concept at the end of the last module, fitted into the budget. */
function addPractice(outline: Outline, budget: number, lang: Lang): Edit {
  const stage = outline.stages.at(-1)!;
  const mod = stage.modules.at(-1)!;
  const previous = mod.concepts.at(-1)!;
  const id = freshId('practice-project', new Set(conceptsOf(outline).map((c) => c.id).concat(outline.stages.map((s) => s.id), outline.stages.flatMap((s) => s.modules.map((m) => m.id)))));
  const covered = mod.concepts.map((c) => c.title);
  const concept: Concept = {
    id,
    title: tr(lang, `Practice project: ${truncate(mod.title, 150)}`, `综合练习：${truncate(mod.title, 150)}`),
    description: truncate(tr(lang, `Build a small project that uses ${list(lang, covered)} together, then review what was hard.`, `完成一个综合运用${list(lang, covered)}的小项目，并复盘其中的难点。`), 2000),
    hours: roundHalf(Math.min(Math.max(budget * 0.08, 1), 10)),
    difficulty: previous.difficulty === 'easy' ? 'medium' : previous.difficulty,
    prerequisites: [previous.id],
    keywords: [...new Set([...mod.concepts.flatMap((c) => c.keywords), 'practice'])].slice(-12),
  };
  mod.concepts.push(concept);
  const before = total(outline);
  let scaled = '';
  if (before > budget) {
    scaleHours(outline, Math.max(0, budget - concept.hours) / (before - concept.hours), budget, concept);
    scaled = tr(lang, ` The other concepts' hours were scaled down to stay within the ${budget} h budget (${before} h → ${total(outline)} h).`, `其他知识点的学时按比例缩减，以保持在 ${budget} 小时预算内（${before} 小时 → ${total(outline)} 小时）。`);
  }
  return { action: 'add', target: 'concept', targetId: id, description: tr(lang, `Added ${q(lang, concept.title)} (${concept.hours} h) after ${q(lang, previous.title)} for more hands-on practice, as the feedback asked.${scaled}`, `按照反馈的要求，在${q(lang, previous.title)}之后增加了${q(lang, concept.title)}（${concept.hours} 小时），提供更多动手练习。${scaled}`) };
}

/**
 * A plan far short of the budget gets its hours stretched (at most MAX_STRETCH); what is still short, or was
 * shortened on request, says so in budgetNote, and an existing note keeps today's figures.
 */
function useBudget(outline: Outline, budget: number, lang: Lang, shortened: boolean, totalBefore: number): Edit[] {
  const hours = total(outline);
  const short = hours < budgetBand(budget).min;
  const note = (t: number) => tr(lang, `This plan needs about ${t} h; the remaining ${budget - t} h of your ${budget} h are left for practice of your choice.`, `这份计划约需 ${t} 小时；你计划的 ${budget} 小时中其余 ${budget - t} 小时可以自由安排练习。`);
  const noted = (description: [string, string]): Edit[] => [{ action: 'modify', target: 'outline', targetId: null, description: tr(lang, ...description) }];
  if (!short) {
    if (!outline.budgetNote) return [];
    delete outline.budgetNote;
    return noted(['Removed the budget note: the plan now uses the budget.', '删除了预算说明：计划现在已用足预算。']);
  }
  if (shortened) {
    outline.budgetNote = tr(lang, `Shortened as you asked: ${hours} h of your ${budget} h; the rest is free for practice of your choice.`, `已按你的要求缩短：使用你 ${budget} 小时中的 ${hours} 小时，其余时间可以自由安排练习。`);
    return noted(['Said in the budget note that the plan is short on purpose.', '在预算说明中注明计划是有意缩短的。']);
  }
  if (outline.budgetNote) {
    if (hours === totalBefore) return [];
    outline.budgetNote = note(hours);
    return noted([`Updated the budget note to the new total of ${hours} h.`, `把预算说明更新为新的合计 ${hours} 小时。`]);
  }
  scaleHours(outline, Math.min(budget / hours, MAX_STRETCH), budget);
  const edits = noted([`Scaled the hours up to use the ${budget} h budget (${hours} h → ${total(outline)} h).`, `按比例增加学时以用足 ${budget} 小时的预算（${hours} 小时 → ${total(outline)} 小时）。`]);
  if (total(outline) >= budgetBand(budget).min) return edits;
  outline.budgetNote = note(total(outline));
  return [...edits, ...noted(['Said in the budget note why the plan stays short of the budget.', '在预算说明中解释了计划为何少于预算。'])];
}

export const repair: OfflineAnswer = (ctx, entry): Repair => {
  const lang = langOfCtx(ctx);
  const budget = budgetOf(ctx);
  const original = requireOutline(ctx, 'repair');
  let outline: Outline = structuredClone(original);
  const edits = fixStructure(outline, lang);

  if (conceptsOf(outline).length === 0) {
    outline = planOutline(entry, ctx.request);
    edits.push({ action: 'add', target: 'outline', targetId: null, description: tr(lang, 'The outline had no concepts left, so it was replaced by the offline catalogue plan for the goal.', '大纲中已没有任何知识点，因此用离线目录中该目标的计划替换了它。') });
  }

  const feedback = ctx.feedback?.trim();
  const wishes = feedback ? planFeedback(feedback, edits.length === 0) : undefined;
  const shortened = wishes?.shorter ?? false;
  if (wishes) {
    if (wishes.practice) edits.push(addPractice(outline, budget, lang));
    if (shortened) {
      const before = total(outline);
      scaleHours(outline, 0.8, budget);
      edits.push({ action: 'modify', target: 'outline', targetId: null, description: tr(lang, `Shortened the roadmap as the feedback asked: every concept's hours scaled down by 20% (${before} h → ${total(outline)} h).`, `按照反馈的要求缩短了路线图：每个知识点的学时减少 20%（${before} 小时 → ${total(outline)} 小时）。`) });
    }
  }

  const before = total(outline);
  if (before > budget) {
    scaleHours(outline, budget / before, budget);
    edits.push({ action: 'modify', target: 'outline', targetId: null, description: tr(lang, `Scaled the hours down to fit the ${budget} h budget (${before} h → ${total(outline)} h).`, `按比例缩减学时以符合 ${budget} 小时的预算（${before} 小时 → ${total(outline)} 小时）。`) });
  }
  // Half an hour per concept can still exceed the budget: drop concepts from the end until it fits.
  while (checkOutline(outline, budget).some((i) => i.code === 'OVER_BUDGET') && conceptsOf(outline).length > 1) {
    const mod = outline.stages.at(-1)!.modules.at(-1)!;
    const dropped = mod.concepts.pop()!;
    for (const c of conceptsOf(outline)) c.prerequisites = c.prerequisites.filter((p) => p !== dropped.id);
    edits.push({ action: 'remove', target: 'concept', targetId: dropped.id, description: tr(lang, `Removed ${q(lang, dropped.title)}: even at half an hour per concept the outline exceeded the budget.`, `删除了${q(lang, dropped.title)}：即使每个知识点只安排半小时，大纲仍超出预算。`) });
    removeEmpty(outline, lang, edits);
  }
  edits.push(...useBudget(outline, budget, lang, shortened, total(original)));

  const sum = total(outline);
  if (Math.abs(outline.totalHours - sum) > 0.01) {
    edits.push({ action: 'modify', target: 'outline', targetId: null, description: tr(lang, `Recomputed totalHours from the concepts: ${outline.totalHours} → ${sum}.`, `根据各知识点重新计算 totalHours：${outline.totalHours} → ${sum}。`) });
    outline.totalHours = sum;
  }

  if (edits.length === 0) {
    edits.push({
      action: 'modify',
      target: 'outline',
      targetId: null,
      description: feedback
        ? tr(lang, `Recorded the feedback; the offline repairer found no mechanical change that reflects it: "${truncate(feedback, 600)}".`, `已记录反馈；离线修复器找不到能体现它的机械修改：「${truncate(feedback, 600)}」。`)
        : tr(lang, 'No structural problem found; the outline is unchanged.', '没有发现结构问题，大纲保持不变。'),
    });
  }

  const plan = edits.length > 30
    ? [...edits.slice(0, 29), { action: 'modify' as const, target: 'outline' as const, targetId: null, description: tr(lang, `…and ${edits.length - 29} more changes of the same kinds.`, `……以及另外 ${edits.length - 29} 处同类修改。`) }]
    : edits;
  const problems = ctx.problems?.length ?? 0;
  const notApplied = wishes?.notApplied.length ? list(lang, wishes.notApplied.map((w) => q(lang, truncate(w, 200)))) : '';
  const summary = tr(
    lang,
    `Pathsmith's offline repairer made ${edits.length} rule-based change(s), listed in the edit plan; the result passes the hard checks${problems ? `. Of the ${problems} reported problem(s) it can fix only the structural ones` : ''}${feedback ? `. Learner feedback: "${truncate(feedback, 500)}"` : ''}${notApplied ? `. Not applied offline (that needs an LLM): ${notApplied}` : ''}.`,
    `Pathsmith 离线修复器按规则做了 ${edits.length} 处修改（见编辑计划），结果通过硬性检查${problems ? `。在报告的 ${problems} 个问题中它只能修复结构性问题` : ''}${feedback ? `。学习者反馈：「${truncate(feedback, 500)}」` : ''}${notApplied ? `。离线无法采纳（需要配置 LLM）：${notApplied}` : ''}。`,
  );
  return {
    editPlan: plan.map((e) => ({ ...e, description: truncate(e.description, 1000) })),
    outline,
    summary: truncate(summary, 2000),
    ...(wishes ? { feedback: { applied: wishes.applied, notApplied: wishes.notApplied } } : {}),
  };
};
