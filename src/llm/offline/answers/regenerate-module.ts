/**
 * Offline module re-planning: what a deterministic catalogue can honestly do with a learner's instructions.
 * It reads them as the offline repairer reads review feedback (feedback.ts): "more practice" adds a practice
 * concept at the end of the module, paid for from the other concepts' hours; "shorter" plans the module in
 * three quarters of its hours. Every other wish — a new topic, a different angle — takes a language model; it
 * keeps those concepts as they are and lists the wish as not applied, with that reason, in the answer.
 */
import type { ModulePlan } from '../../../domain/module-replan.js';
import { roundHalf } from '../hours.js';
import { planFeedback } from './feedback.js';
import { langOfCtx, list, q, tr } from './text.js';
import type { OfflineAnswer } from './types.js';

/** The share of the module's hours a practice concept takes, and the share a "shorter" module keeps. */
const PRACTICE_SHARE = 0.2;
const SHORTER_SHARE = 0.75;

export const regenerateModule: OfflineAnswer = (ctx): ModulePlan => {
  if (!ctx.module) throw new Error('offline regenerate_module: the task context has no module');
  const lang = langOfCtx(ctx);
  const mod = ctx.module;
  const budget = ctx.moduleHours ?? mod.concepts.reduce((sum, c) => sum + c.hours, 0);
  const wishes = planFeedback(ctx.feedback ?? '', true);
  const kept = mod.concepts.map((c) => ({ ...c, id: c.id as string | null }));
  const practice = wishes.practice ? roundHalf(budget * PRACTICE_SHARE) : 0;
  const target = (wishes.shorter ? budget * SHORTER_SHARE : budget) - practice;
  const current = kept.reduce((sum, c) => sum + c.hours, 0);
  if (current > target) for (const c of kept) c.hours = roundHalf((c.hours * target) / current);
  const concepts: ModulePlan['concepts'] = [...kept];
  if (wishes.practice) {
    concepts.push({
      id: null,
      title: tr(lang, `Practice: ${mod.title}`, `练习：${mod.title}`),
      description: tr(lang, `Hands-on exercises that use what ${q(lang, mod.title)} covers.`, `运用${q(lang, mod.title)}所学内容的动手练习。`),
      hours: practice,
      difficulty: 'medium',
      prerequisites: mod.concepts.length > 0 ? [mod.concepts.at(-1)!.id] : [],
      keywords: [],
    });
  }
  const notApplied = wishes.notApplied.map((w) =>
    tr(lang, `${w} (the offline provider cannot plan new topics; that takes a language model)`, `${w}（离线模式无法规划新的主题，这需要语言模型）`),
  );
  const changed = wishes.practice || wishes.shorter;
  const summary = changed
    ? tr(lang, `Offline re-plan by rule: ${list(lang, wishes.applied)}.`, `离线按规则重新规划：${list(lang, wishes.applied)}。`)
    : tr(lang, 'Offline provider: none of the instructions can be applied by rule, so the module is unchanged.', '离线模式：这些要求都无法按规则执行，模块保持不变。');
  return { concepts, summary, feedback: { applied: wishes.applied, notApplied } };
};
