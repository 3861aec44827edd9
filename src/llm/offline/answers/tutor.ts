/**
 * The offline tutor: not a language model, and it says so. It answers from what is stored for the concept: the
 * tutorial section whose words best match the question (quoted, with its heading), the resources that match,
 * and, when nothing matches, what the tutorial covers, so the learner knows where to look.
 */
import { bestSection, keywordsOf, sectionsOf } from '../../../domain/tutor.js';
import type { Resource } from '../../../domain/content.js';
import type { TutorContext } from '../../port.js';
import { langOf, type Lang } from '../lang.js';
import { list, q, tr, truncate } from './text.js';

/** Enough of a section to answer from; the whole of it is one click away in the tutorial. */
const QUOTE_MAX_CHARS = 900;
const RESOURCES_SHOWN = 3;

const quote = (text: string) => text.split('\n').map((l) => `> ${l}`).join('\n');

function matchingResources(resources: readonly Resource[], question: string): Resource[] {
  const asked = keywordsOf(question);
  const scored = resources.map((r, i) => {
    const words = keywordsOf(`${r.title} ${r.why} ${r.query}`);
    return { r, i, score: [...asked].filter((w) => words.has(w)).length };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.slice(0, RESOURCES_SHOWN).map((s) => s.r);
}

function resourceLine(lang: Lang, r: Resource): string {
  return r.url ? `- [${r.title}](${r.url}) — ${r.why}` : `- ${r.title} — ${tr(lang, 'search for', '搜索')} ${q(lang, r.query)}`;
}

export function tutorAnswer(ctx: TutorContext): string {
  const lang = langOf(ctx.request.language);
  const parts = [
    tr(
      lang,
      `I am Pathsmith's offline helper, not a language model: I cannot reason about your question, but I can point you to what this roadmap already says about ${q(lang, ctx.concept.title)}.`,
      `我是 Pathsmith 的离线助手，不是语言模型：我无法真正理解你的问题，但可以把这份路线图里关于${q(lang, ctx.concept.title)}的内容指给你看。`,
    ),
  ];
  if (!ctx.tutorial) {
    parts.push(tr(lang, "This concept's tutorial has not been written yet; here is what the roadmap says about it:", '这个知识点的教程还没有生成；路线图里对它的描述是：'));
    parts.push(quote(ctx.concept.description));
  } else {
    const sections = sectionsOf(ctx.tutorial.markdown);
    const best = bestSection(sections, ctx.message);
    if (best) {
      parts.push(tr(lang, `The tutorial's section ${q(lang, best.heading || ctx.tutorial.title)} matches your question best:`, `教程中与你的问题最相关的是${q(lang, best.heading || ctx.tutorial.title)}一节：`));
      parts.push(quote(truncate(best.text, QUOTE_MAX_CHARS)));
    } else {
      const headings = sections.map((s) => s.heading).filter((h) => h.length > 0);
      parts.push(tr(lang, 'No section of the tutorial shares words with your question.', '教程中没有与你的问题用词相同的小节。'));
      if (headings.length > 0) parts.push(tr(lang, `The tutorial covers: ${list(lang, headings)}.`, `教程包括：${list(lang, headings)}。`));
    }
  }
  const resources = matchingResources(ctx.resources ?? [], ctx.message);
  if (resources.length > 0) {
    parts.push(tr(lang, 'Resources that may help:', '可能有帮助的资料：'));
    parts.push(resources.map((r) => resourceLine(lang, r)).join('\n'));
  }
  parts.push(tr(lang, 'For real answers to your questions, connect a language model (set OPENAI_API_KEY).', '如需真正回答你的问题，请连接语言模型（设置 OPENAI_API_KEY）。'));
  return parts.join('\n\n');
}
