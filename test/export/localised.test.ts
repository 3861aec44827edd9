/** The terminal tree and the Markdown export speak the roadmap's language: units, difficulty, section titles. */
import { describe, expect, it } from 'vitest';
import { outlineTree, roadmapMarkdown } from '../../src/export/markdown.js';
import type { Outline } from '../../src/domain/roadmap.js';
import { concept } from '../helpers/outline.js';

const outline: Outline = {
  title: 'Python',
  summary: '',
  totalHours: 3.5,
  weeks: 2,
  stages: [{ id: 's', title: 'Basics', description: '', modules: [{ id: 'm', title: 'Syntax', description: '', concepts: [concept('vars'), { ...concept('loops', ['vars']), hours: 2.5, difficulty: 'medium' }] }] }],
};

describe('localised exports', () => {
  it('draws the tree in English or Chinese', () => {
    expect(outlineTree(outline)).toContain('└─ Concept LOOPS (2.5 h, medium)');
    const zh = outlineTree(outline, () => '', 'zh-CN');
    expect(zh.split('\n')[0]).toBe('Python — 共 3.5 小时，2 周');
    expect(zh).toContain('└─ Concept LOOPS (2.5 小时, 中等)');
  });

  it('names prerequisites by title and shows mastery where known', () => {
    const md = roadmapMarkdown(outline, new Map(), { mastery: new Map([['loops', 0.456]]) });
    expect(md).toContain('*2.5 h · medium · after: Concept VARS · mastery 46%*');
    expect(md).toContain('*1 h · easy*');
    expect(roadmapMarkdown(outline, new Map(), { language: 'zh' })).toContain('*2.5 小时 · 中等 · 先学：Concept VARS*');
  });
});
