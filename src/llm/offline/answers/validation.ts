/**
 * Offline outline review: a deterministic, rule-based assessment computed from the outline itself. The hard
 * checks become critical issues; weaknesses that can be measured (thin modules, flat or falling difficulty,
 * forward prerequisites, unused budget, missing keywords or descriptions) become warnings. Scores start at 90
 * per dimension and lose points for each finding.
 */
import type { OutlineIssueCode } from '../../../domain/outline-checks.js';
import { checkOutline } from '../../../domain/outline-checks.js';
import { conceptsOf } from '../../../domain/roadmap.js';
import type { OutlineReview, ValidationDimension } from '../../../domain/validation.js';
import { VALIDATION_DIMENSIONS } from '../../../domain/validation.js';
import type { Lang } from '../lang.js';
import { DIFFICULTY_LABEL, DIFFICULTY_RANK, budgetOf, langOfCtx, q, requireOutline, tr, truncate } from './text.js';
import type { OfflineAnswer } from './types.js';

interface Finding {
  dimension: ValidationDimension;
  severity: 'critical' | 'warning';
  location: string;
  issue: string;
  suggestion: string;
}

const HARD_DIMENSION: Record<OutlineIssueCode, ValidationDimension> = {
  DUPLICATE_ID: 'coherence',
  UNKNOWN_PREREQUISITE: 'coherence',
  PREREQUISITE_CYCLE: 'progression',
  EMPTY_OUTLINE: 'completeness',
  EMPTY_STAGE: 'completeness',
  EMPTY_MODULE: 'completeness',
  OVER_BUDGET: 'fit',
  UNDER_BUDGET: 'fit',
  TOTAL_MISMATCH: 'clarity',
};

const HARD_TEXT: Record<OutlineIssueCode, [string, string, string, string]> = {
  DUPLICATE_ID: ['An id is used more than once', '有重复的 id', 'Give every stage, module and concept its own id.', '为每个阶段、模块和知识点使用唯一的 id。'],
  UNKNOWN_PREREQUISITE: ['A prerequisite names a concept that is not in the outline', '前置知识引用了大纲中不存在的知识点', 'Remove the prerequisite or add the missing concept.', '删除该前置知识，或补上缺失的知识点。'],
  PREREQUISITE_CYCLE: ['Prerequisites form a cycle', '前置知识之间形成了循环', 'Remove the prerequisite that points forward in the outline.', '删除指向大纲后方的那条前置关系。'],
  EMPTY_OUTLINE: ['The outline has no stages', '大纲没有任何阶段', 'Add stages with modules and concepts.', '添加包含模块和知识点的阶段。'],
  EMPTY_STAGE: ['A stage has no modules', '某个阶段没有模块', 'Add modules to the stage or remove it.', '为该阶段添加模块，或删除它。'],
  EMPTY_MODULE: ['A module has no concepts', '某个模块没有知识点', 'Add concepts to the module or remove it.', '为该模块添加知识点，或删除它。'],
  OVER_BUDGET: ['The planned hours exceed the learner\'s time budget', '计划学时超出了学习者的时间预算', 'Scale the hours down or drop the most advanced concepts.', '按比例缩减学时，或去掉最进阶的知识点。'],
  UNDER_BUDGET: ['The planned hours leave much of the learner\'s time unused, and the outline does not say why', '计划学时远少于学习者的时间预算，且大纲没有说明原因', 'Add depth, practice and projects, or explain in budgetNote why the goal needs less.', '增加深度、练习和项目，或在 budgetNote 中说明这个目标为何不需要那么多时间。'],
  TOTAL_MISMATCH: ['totalHours does not match the sum of the concept hours', 'totalHours 与各知识点学时之和不一致', 'Recompute totalHours from the concepts.', '根据各知识点重新计算 totalHours。'],
};

function findings(outline: ReturnType<typeof requireOutline>, budget: number, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const warn = (dimension: ValidationDimension, location: string, en: [string, string], zh: [string, string]) =>
    out.push({ dimension, severity: 'warning', location, issue: tr(lang, en[0], zh[0]), suggestion: tr(lang, en[1], zh[1]) });

  for (const h of checkOutline(outline, budget)) {
    const [en, zh, sEn, sZh] = HARD_TEXT[h.code];
    out.push({
      dimension: HARD_DIMENSION[h.code],
      severity: 'critical',
      location: truncate(h.at, 100),
      issue: `${tr(lang, en, zh)} (${h.message}).`,
      suggestion: tr(lang, sEn, sZh),
    });
  }

  const concepts = conceptsOf(outline);
  const position = new Map<string, number>();
  concepts.forEach((c, i) => { if (!position.has(c.id)) position.set(c.id, i); });
  const hours = concepts.reduce((sum, c) => sum + c.hours, 0);

  if (concepts.length > 0 && concepts.length < 4) {
    warn('completeness', 'outline', [`The outline has only ${concepts.length} concept(s).`, 'Split broad concepts or add the missing fundamentals.'], [`大纲只有 ${concepts.length} 个知识点。`, '拆分过于宽泛的知识点，或补充缺失的基础内容。']);
  }
  if (concepts.length > 0 && hours < budget * 0.5 && !outline.budgetNote) {
    warn('fit', 'outline', [`The outline plans ${hours} h, less than half of the ${budget} h budget.`, 'Add depth or practice, or tell the learner they can finish early.'], [`大纲只安排了 ${hours} 小时，不到 ${budget} 小时预算的一半。`, '增加深度或练习，或告知学习者可以提前完成。']);
  }

  let previousMean: { title: string; mean: number } | null = null;
  for (const stage of outline.stages) {
    const cs = stage.modules.flatMap((m) => m.concepts);
    for (const m of stage.modules) {
      if (m.concepts.length === 1) {
        warn('coherence', m.id, [`Module ${q(lang, m.title)} has a single concept.`, 'Merge it into a neighbouring module or add a related concept.'], [`模块${q(lang, m.title)}只有一个知识点。`, '把它并入相邻模块，或补充相关知识点。']);
      }
    }
    if (cs.length >= 3 && new Set(cs.map((c) => c.difficulty)).size === 1) {
      const d = cs[0]!.difficulty;
      warn('progression', stage.id, [`Every concept of stage ${q(lang, stage.title)} is rated ${d}.`, 'Check the ratings, or add a harder capstone concept to the stage.'], [`阶段${q(lang, stage.title)}的所有知识点难度都是${DIFFICULTY_LABEL.zh[d]}。`, '检查难度评级，或为该阶段增加一个更有挑战的收尾知识点。']);
    }
    if (cs.length > 0) {
      const mean = cs.reduce((sum, c) => sum + DIFFICULTY_RANK[c.difficulty], 0) / cs.length;
      if (previousMean && mean < previousMean.mean - 0.25) {
        warn('progression', stage.id, [`Stage ${q(lang, stage.title)} is easier on average than the stage before it (${previousMean.title}).`, 'Move the easier concepts earlier or the harder ones later.'], [`阶段${q(lang, stage.title)}的平均难度低于前一阶段（${previousMean.title}）。`, '把较简单的知识点前移，或把较难的后移。']);
      }
      previousMean = { title: stage.title, mean };
    }
  }

  for (const [i, c] of concepts.entries()) {
    const forward = c.prerequisites.filter((p) => (position.get(p) ?? -1) > i);
    if (forward.length > 0) {
      warn('progression', c.id, [`${q(lang, c.title)} requires concepts that come later in the outline: ${forward.join(', ')}.`, 'Reorder the concepts so prerequisites come first.'], [`${q(lang, c.title)}依赖大纲中排在它之后的知识点：${forward.join('、')}。`, '调整顺序，让前置知识排在前面。']);
    }
    if (c.keywords.length === 0) {
      warn('clarity', c.id, [`${q(lang, c.title)} has no keywords.`, 'Add the key terms a learner should search for.'], [`${q(lang, c.title)}没有关键词。`, '补充学习者需要检索的关键术语。']);
    }
    if (c.description.trim().length < 10) {
      warn('clarity', c.id, [`${q(lang, c.title)} has no real description.`, 'Describe what the learner will be able to do.'], [`${q(lang, c.title)}缺少有效的描述。`, '说明学完后学习者能做什么。']);
    }
    if (budget > 0 && c.hours > budget * 0.4 && concepts.length > 1) {
      warn('fit', c.id, [`${q(lang, c.title)} takes ${c.hours} h, over 40% of the budget.`, 'Split it into smaller concepts.'], [`${q(lang, c.title)}需要 ${c.hours} 小时，超过预算的 40%。`, '把它拆分为更小的知识点。']);
    }
  }
  return out;
}

const RATIONALE_OK: Record<ValidationDimension, [string, string]> = {
  completeness: ['Every stage and module has content and the outline covers the goal with several concepts.', '每个阶段和模块都有内容，大纲用多个知识点覆盖了目标。'],
  progression: ['Prerequisites point backwards and difficulty does not fall from stage to stage.', '前置知识都指向前面，难度没有随阶段下降。'],
  coherence: ['Ids are unique, prerequisites resolve and modules group related concepts.', 'id 唯一，前置知识均可解析，模块把相关知识点组织在一起。'],
  clarity: ['Concepts have descriptions and keywords, and the totals add up.', '知识点都有描述和关键词，学时合计一致。'],
  fit: ['The planned hours fit the learner\'s time budget.', '计划学时符合学习者的时间预算。'],
};

export const validation: OfflineAnswer = (ctx): OutlineReview => {
  const outline = requireOutline(ctx, 'validation');
  const lang = langOfCtx(ctx);
  const budget = budgetOf(ctx);
  const all = findings(outline, budget, lang);
  const names = Object.keys(VALIDATION_DIMENSIONS) as ValidationDimension[];

  const dimensions = names.map((dimension) => {
    const mine = all.filter((f) => f.dimension === dimension);
    const critical = mine.filter((f) => f.severity === 'critical').length;
    const warnings = mine.length - critical;
    const score = Math.max(0, 90 - 25 * critical - Math.min(40, 6 * warnings));
    const rationale =
      mine.length === 0
        ? tr(lang, ...RATIONALE_OK[dimension])
        : tr(
            lang,
            `${critical} critical issue(s) and ${warnings} warning(s); first: ${mine[0]!.issue}`,
            `${critical} 个严重问题，${warnings} 个警告；首先：${mine[0]!.issue}`,
          );
    return { dimension, score, rationale: truncate(rationale, 1000) };
  });

  // Critical issues first; the schema allows 30 issues, the scores above count them all.
  const sorted = [...all.filter((f) => f.severity === 'critical'), ...all.filter((f) => f.severity === 'warning')];
  const issues = sorted.slice(0, 30).map(({ severity, location, issue, suggestion }) => ({
    severity,
    location,
    issue: truncate(issue, 1000),
    suggestion: truncate(suggestion, 1000),
  }));
  const critical = all.filter((f) => f.severity === 'critical').length;
  const warnings = all.length - critical;
  const summary = tr(
    lang,
    `Rule-based assessment by Pathsmith's offline reviewer (no language model judged this outline): ${critical} critical issue(s) from the hard checks and ${warnings} warning(s) from measurable weaknesses${all.length > 30 ? ' (only the first 30 are listed)' : ''}.`,
    `这是 Pathsmith 离线审阅器基于规则的评估（并非语言模型的判断）：硬性检查发现 ${critical} 个严重问题，可度量的薄弱点产生 ${warnings} 个警告${all.length > 30 ? '（仅列出前 30 条）' : ''}。`,
  );
  return { dimensions, issues, summary };
};
