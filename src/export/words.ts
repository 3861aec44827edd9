/**
 * The words of the exported documents (Markdown, the terminal tree, the calendar) in the roadmap's language:
 * a roadmap written in Chinese is exported with Chinese units, difficulty names and section titles.
 */
import type { Resource } from '../domain/content.js';
import type { Difficulty } from '../domain/enums.js';
import { langOf, type Lang } from '../llm/offline/lang.js';

export interface Words {
  hours: (n: number) => string;
  total: (hours: number, weeks: number) => string;
  difficulty: Record<Difficulty, string>;
  resourceType: Record<Resource['type'], string>;
  list: (items: readonly string[]) => string;
  after: (titles: string) => string;
  search: (query: string) => string;
  mastery: (percent: number) => string;
  resources: string;
  quiz: string;
  answers: string;
  severalAnswers: string;
  /** A week's calendar event: "Week 2 · 5 h: Loops, Functions". */
  weekEvent: (week: number, hours: string, concepts: string) => string;
}

const WORDS: Record<Lang, Words> = {
  en: {
    hours: (n) => `${n} h`,
    total: (h, w) => `${h} h over ${w} weeks`,
    difficulty: { easy: 'easy', medium: 'medium', hard: 'hard' },
    resourceType: { documentation: 'documentation', tutorial: 'tutorial', book: 'book', course: 'course', video: 'video', tool: 'tool', article: 'article' },
    list: (items) => items.join(', '),
    after: (titles) => `after: ${titles}`,
    search: (query) => `search: “${query}”`,
    mastery: (p) => `mastery ${p}%`,
    resources: 'Resources',
    quiz: 'Quiz',
    answers: 'Answers',
    severalAnswers: '(several answers)',
    weekEvent: (n, hours, concepts) => `Week ${n} · ${hours}: ${concepts}`,
  },
  zh: {
    hours: (n) => `${n} 小时`,
    total: (h, w) => `共 ${h} 小时，${w} 周`,
    difficulty: { easy: '简单', medium: '中等', hard: '困难' },
    resourceType: { documentation: '文档', tutorial: '教程', book: '书籍', course: '课程', video: '视频', tool: '工具', article: '文章' },
    list: (items) => items.join('、'),
    after: (titles) => `先学：${titles}`,
    search: (query) => `搜索：“${query}”`,
    mastery: (p) => `掌握度 ${p}%`,
    resources: '资源',
    quiz: '测验',
    answers: '答案',
    severalAnswers: '（多选）',
    weekEvent: (n, hours, concepts) => `第 ${n} 周 · ${hours}：${concepts}`,
  },
};

/** The words for a roadmap's BCP-47 language: Chinese for any `zh-*`, English otherwise. */
export function wordsFor(language: string): Words {
  return WORDS[langOf(language)];
}
