/**
 * Offline tutorial: a template lesson that says it is one. It frames the concept (what, where it fits, key
 * ideas, a Mermaid diagram, practice, a self-check) and points to the catalogue's links for the real content.
 */
import type { Tutorial } from '../../../domain/content.js';
import type { Concept } from '../../../domain/roadmap.js';
import type { Lang } from '../lang.js';
import { DIFFICULTY_LABEL, catalogueConcept, langOfCtx, list, placeOf, placedConcepts, q, requireConcept, tr, truncate } from './text.js';
import { inLang } from '../lang.js';
import type { OfflineAnswer } from './types.js';

const NOTICE: Record<Lang, string> = {
  en: "> This lesson was written by Pathsmith's offline template, not by a language model: it frames the concept and points to the sources; connect an LLM for a full lesson.",
  zh: '> 本课由 Pathsmith 的离线模板生成，而非语言模型撰写：它只梳理这个知识点的框架并指向学习资料；配置 LLM 后可获得完整的课程内容。',
};

/** A Mermaid node label: quoted, without characters that end the quote or the line. */
const label = (text: string) => `"${truncate(text, 60).replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;

function diagram(lang: Lang, concept: Concept, before: readonly Concept[], after: readonly Concept[]): string[] {
  const lines = ['```mermaid', 'flowchart LR'];
  if (before.length > 0 || after.length > 0) {
    lines.push(`  c[${label(concept.title)}]`);
    before.forEach((p, i) => lines.push(`  p${i}[${label(p.title)}] --> c`));
    after.forEach((n, i) => lines.push(`  c --> n${i}[${label(n.title)}]`));
    lines.push('  style c stroke-width:3px');
  } else {
    lines.push(`  c((${label(concept.title)}))`);
    const leaves = concept.keywords.length > 0 ? concept.keywords.slice(0, 8) : [tr(lang, 'Practice', '练习')];
    leaves.forEach((k, i) => lines.push(`  c --- k${i}[${label(k)}]`));
  }
  lines.push('```');
  return lines;
}

export const tutorial: OfflineAnswer = (ctx, entry): Tutorial => {
  const concept = requireConcept(ctx, 'tutorial');
  const lang = langOfCtx(ctx);
  const placed = ctx.outline ? placedConcepts(lang, entry, ctx.outline) : [];
  const where = placeOf(ctx, concept, placed);
  const byId = new Map(placed.map((p) => [p.concept.id, p.concept]));
  const before = concept.prerequisites.flatMap((id) => byId.get(id) ?? []);
  const after = placed.filter((p) => p.concept.prerequisites.includes(concept.id)).map((p) => p.concept);
  const keywords = concept.keywords;
  const code = (k: string) => `\`${k.replace(/`/g, "'")}\``;
  const kw = (i: number) => code(keywords[i % Math.max(1, keywords.length)] ?? concept.title);
  const links = catalogueConcept(entry, concept.id)?.links ?? [];
  const hours = `${concept.hours} ${tr(lang, 'h', '小时')}`;
  const colon = tr(lang, ': ', '：');

  const md: string[] = [NOTICE[lang], '', `# ${concept.title}`, ''];

  md.push(tr(lang, '## What you will learn', '## 你将学到什么'), '');
  md.push(concept.description.trim() || tr(lang, `The essentials of ${q(lang, concept.title)}.`, `${q(lang, concept.title)}的核心内容。`), '');
  if (keywords.length > 0) md.push(`${tr(lang, 'Key terms', '关键术语')}${colon}${keywords.map(code).join(', ')}`, '');

  md.push(tr(lang, '## Where it fits', '## 在路线图中的位置'), '');
  if (where.stage) md.push(`- ${tr(lang, 'Stage', '阶段')}${colon}${where.stage}`);
  if (where.module) md.push(`- ${tr(lang, 'Module', '模块')}${colon}${where.module}`);
  if (ctx.outline) {
    md.push(`- ${tr(lang, 'Builds on', '前置知识')}${colon}${before.length > 0 ? list(lang, before.map((c) => q(lang, c.title))) : tr(lang, 'nothing earlier in this roadmap — a good starting point', '无，适合作为起点')}`);
    if (after.length > 0) md.push(`- ${tr(lang, 'Leads to', '后续知识')}${colon}${list(lang, after.map((c) => q(lang, c.title)))}`);
  } else if (concept.prerequisites.length > 0) {
    md.push(`- ${tr(lang, 'Builds on', '前置知识')}${colon}${list(lang, concept.prerequisites)}`);
  }
  md.push(`- ${tr(lang, 'Difficulty', '难度')}${colon}${DIFFICULTY_LABEL[lang][concept.difficulty]} · ${tr(lang, 'planned time', '计划用时')}${colon}${hours}`, '');

  md.push(tr(lang, '## Key ideas', '## 关键概念'), '');
  if (keywords.length > 0) {
    for (const k of keywords) {
      md.push(tr(lang, `- **${k}** — find its definition in the sources below, note what problem it solves in ${q(lang, concept.title)}, and write one small example of your own.`, `- **${k}**：在下方资料中找到它的定义，记下它在${q(lang, concept.title)}中解决什么问题，并自己写一个小例子。`));
    }
  } else {
    md.push(`- ${concept.description.trim() || concept.title}`);
  }
  md.push('');

  md.push(tr(lang, '## Diagram', '## 图示'), '');
  md.push(
    before.length > 0 || after.length > 0
      ? tr(lang, 'What this concept builds on, and what builds on it:', '这个知识点依赖什么、又被什么依赖：')
      : tr(lang, 'The concept and its key terms:', '这个知识点及其关键术语：'),
    '',
  );
  md.push(...diagram(lang, concept, before, after), '');

  md.push(tr(lang, '## Practice', '## 练习'), '');
  md.push(
    tr(lang, `1. Set up a minimal sandbox for ${q(lang, concept.title)} and try ${kw(0)} on the smallest example you can make work.`, `1. 为${q(lang, concept.title)}准备一个最小的练习环境，用能跑通的最小例子试一试 ${kw(0)}。`),
    keywords.length >= 2
      ? tr(lang, `2. Combine ${kw(0)} with ${kw(1)} in one exercise and write down, in a sentence each, what each part does.`, `2. 在同一个练习中结合 ${kw(0)} 与 ${kw(1)}，用一句话分别写下每部分的作用。`)
      : tr(lang, `2. Use ${kw(0)} in a second, different example and write down in one sentence what changed and why.`, `2. 在另一个不同的例子中再用一次 ${kw(0)}，用一句话写下有什么变化以及原因。`),
    tr(lang, `3. Change one thing at a time around ${kw(2)}, predict the result before you check it, and note every surprise.`, `3. 围绕 ${kw(2)} 每次只改动一处，先预测结果再验证，记下所有出乎意料的地方。`),
    tr(lang, `4. Explain ${q(lang, concept.title)} in five sentences to someone else, using each key term once.`, `4. 用五句话向别人讲清${q(lang, concept.title)}，每个关键术语至少用一次。`),
    '',
  );

  md.push(tr(lang, '## Self-check', '## 自我检查'), '');
  for (const k of keywords.slice(0, 5)) md.push(tr(lang, `- [ ] I can explain ${code(k)} in my own words and give an example.`, `- [ ] 我能用自己的话解释 ${code(k)} 并举出例子。`));
  md.push(tr(lang, '- [ ] I can do the practice steps above without looking at notes.', '- [ ] 我能不看笔记完成上面的练习。'));
  if (after.length > 0) md.push(tr(lang, `- [ ] I am ready for ${q(lang, after[0]!.title)}.`, `- [ ] 我已准备好学习${q(lang, after[0]!.title)}。`));
  md.push('');

  if (links.length > 0) {
    md.push(tr(lang, '## Read next', '## 延伸阅读'), '');
    for (const l of links) md.push(`- [${l.title}](${l.url}) (${l.type}) — ${inLang(l.why, lang)}`);
    md.push('');
  }

  const summary = tr(
    lang,
    `Offline template lesson for ${q(lang, concept.title)}: ${concept.description.trim() || 'what it is, where it fits and how to practise it.'}`,
    `${q(lang, concept.title)}的离线模板课程：${concept.description.trim() || '它是什么、在路线图中的位置以及如何练习。'}`,
  );
  return {
    title: truncate(concept.title, 200),
    summary: truncate(summary, 500),
    markdown: truncate(md.join('\n'), 60_000),
    estimatedMinutes: Math.min(600, Math.max(5, Math.round(concept.hours * 60))),
  };
};
