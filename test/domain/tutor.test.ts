/** The tutor's rules: the conversation budget of a prompt, and which tutorial section a question is about. */
import { describe, expect, it } from 'vitest';
import { bestSection, recentTurns, sectionsOf, tutorialExcerpt } from '../../src/domain/tutor.js';

describe('tutor rules', () => {
  it('a prompt carries the newest turns within the turn and character budgets, oldest first, skipping empty ones', () => {
    const turns = Array.from({ length: 30 }, (_, i) => ({ role: i % 2 === 0 ? ('learner' as const) : ('tutor' as const), content: `m${i}` }));
    expect(recentTurns(turns, 4, 1000).map((t) => t.content)).toEqual(['m26', 'm27', 'm28', 'm29']);
    const long = [{ role: 'learner' as const, content: 'x'.repeat(90) }, { role: 'tutor' as const, content: '' }, { role: 'learner' as const, content: 'y'.repeat(60) }, { role: 'tutor' as const, content: 'z'.repeat(30) }];
    expect(recentTurns(long, 10, 100).map((t) => t.content[0])).toEqual(['y', 'z']);
  });

  it('the section sharing the most words with the question wins, a heading word counting double; Chinese by character pairs', () => {
    const md = '# Intro\nSome words.\n\n## Closures\nA closure keeps its scope.\n\n```js\n# not a heading\n```\n\n## 错误处理\n如何处理错误和异常。';
    const sections = sectionsOf(md);
    expect(sections.map((s) => s.heading)).toEqual(['Intro', 'Closures', '错误处理']);
    expect(bestSection(sections, 'How do closures keep scope?')?.heading).toBe('Closures');
    expect(bestSection(sections, '怎么处理错误？')?.heading).toBe('错误处理');
    expect(bestSection(sections, 'unrelated question')).toBeNull();
    // Stems meet ("practise" and "practice"), and a heading with no text under it is never the answer.
    const practice = sectionsOf('# Title\n\n## Practice\nTry it on a table.\n\n## Empty practise\n');
    expect(bestSection(practice, 'Where can I practise this?')?.heading).toBe('Practice');
  });

  it('a long tutorial is quoted by its opening and the section the question is about, within the budget', () => {
    const md = `# Start\n${'intro '.repeat(400)}\n\n## Middle\n${'filler '.repeat(400)}\n\n## Recursion\nRecursion calls itself until a base case.`;
    const excerpt = tutorialExcerpt(md, 'explain recursion base case', 1500);
    expect(excerpt.length).toBeLessThanOrEqual(1500);
    expect(excerpt.startsWith('# Start')).toBe(true);
    expect(excerpt).toContain('Recursion calls itself until a base case.');
    expect(tutorialExcerpt('short', 'anything')).toBe('short');
  });
});
