/**
 * Offline resources: the concept's curated catalogue links (real URLs), padded with search suggestions built
 * from its title and keywords. Suggestions have no URL: the offline provider never invents one.
 */
import type { ProposedResource } from '../../../domain/content.js';
import { catalogueConcept, langOfCtx, q, requireConcept, tr, truncate } from './text.js';
import { GENERIC_KEY } from '../generic.js';
import { inLang } from '../lang.js';
import type { OfflineAnswer } from './types.js';

/** How many resources to return when the catalogue has few links (≥ 5, the schema's minimum): enough to choose from, not a wall. */
const TARGET = 6;

export const resources: OfflineAnswer = (ctx, entry): { resources: ProposedResource[] } => {
  const concept = requireConcept(ctx, 'resources');
  const lang = langOfCtx(ctx);
  const title = truncate(concept.title, 120);
  const kw0 = concept.keywords[0] ?? title;
  const kw1 = concept.keywords[1] ?? kw0;
  // Bare keywords are ambiguous ("struct", "for"): name the curriculum in keyword searches, if there is one.
  const topic = entry.key === GENERIC_KEY ? '' : `${inLang(entry.title, lang)} `;

  const out: ProposedResource[] = [];
  const seen = new Set<string>();
  const add = (r: ProposedResource) => {
    const key = r.url ?? r.query.toLowerCase();
    if (seen.has(key) || out.length >= 10) return;
    seen.add(key);
    out.push({ ...r, title: truncate(r.title, 300), why: truncate(r.why, 500), query: truncate(r.query, 200) });
  };

  for (const l of catalogueConcept(entry, concept.id)?.links ?? []) {
    add({ title: l.title, type: l.type, why: inLang(l.why, lang), url: l.url, query: l.title });
  }

  const suggestions: ProposedResource[] = [
    {
      title: tr(lang, `Official documentation for ${kw0}`, `${kw0} 官方文档`),
      type: 'documentation',
      why: tr(lang, `The primary reference for ${kw0}; check definitions here before trusting secondary sources.`, `${kw0} 最权威的参考资料；在相信二手资料之前先在这里核对定义。`),
      url: null,
      query: tr(lang, `${topic}${kw0} official documentation`, `${topic}${kw0} 官方文档`),
    },
    {
      title: tr(lang, `A step-by-step tutorial on ${title}`, `${title}入门教程`),
      type: 'tutorial',
      why: tr(lang, `Walks through ${q(lang, title)} with worked examples you can follow along.`, `通过可以跟着做的示例，一步步讲解${q(lang, title)}。`),
      url: null,
      query: tr(lang, `${title} tutorial`, `${title} 教程`),
    },
    {
      title: tr(lang, `Exercises on ${title}`, `${title}练习题`),
      type: 'tutorial',
      why: tr(lang, `Practice ${kw0} and ${kw1} on graded exercises with solutions to compare against.`, `通过带参考答案的分级练习来巩固 ${kw0} 和 ${kw1}。`),
      url: null,
      query: tr(lang, `${title} exercises`, `${title} 练习题`),
    },
    {
      title: tr(lang, `${title} explained (video)`, `${title}讲解视频`),
      type: 'video',
      why: tr(lang, `Seeing ${q(lang, title)} demonstrated helps when the written material feels abstract.`, `当文字材料显得抽象时，看一遍${q(lang, title)}的演示会有帮助。`),
      url: null,
      query: tr(lang, `${title} explained video`, `${title} 讲解 视频`),
    },
    {
      title: tr(lang, `A book chapter on ${title}`, `讲解${title}的书籍章节`),
      type: 'book',
      why: tr(lang, `A book covers ${q(lang, title)} in depth and in a deliberate order.`, `书籍会按合理的顺序深入讲解${q(lang, title)}。`),
      url: null,
      query: tr(lang, `${title} book`, `${title} 书籍`),
    },
    {
      title: tr(lang, `Articles with examples of ${kw1}`, `${kw1} 实例文章`),
      type: 'article',
      why: tr(lang, `Real-world write-ups show how ${kw1} is used and where it goes wrong.`, `实践文章展示 ${kw1} 在真实场景中的用法和常见问题。`),
      url: null,
      query: tr(lang, `${topic}${kw1} examples`, `${topic}${kw1} 示例`),
    },
  ];
  // Pad with suggestions up to TARGET (at least the schema's five); six distinct queries always suffice.
  for (const s of suggestions) if (out.length < TARGET) add(s);
  return { resources: out };
};
