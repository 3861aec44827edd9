/**
 * The learner's plan in real Chromium against `pathsmith start`: the schedule on the roadmap page (set the
 * start and hours, weeks never over them), the "This week" view, due reviews on My roadmaps, the graph with
 * due concepts and mastery at 1366 px and 390 px, a review session worked through, and the execution log
 * in Chinese. Screenshots go to test-results/screenshots/.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/system.js';
import { SHOTS, shot, startWebApp, type WebApp } from '../helpers/web.js';

interface Concept {
  id: string;
  title: string;
  hours: number;
  prerequisites: string[];
}
interface Question {
  answer: number[];
  options: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's day: the same machine, the same time zone. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

describe('the learner’s plan in Chromium', () => {
  let app: WebApp;
  let id = '';
  let concepts: Concept[] = [];
  /** Cards due today after the quizzes below: one wrong answer in each of three concepts. */
  let dueToday = 0;

  const api = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${app.base}${p}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.ok, `${method} ${p}: ${res.status}`).toBe(true);
    return (await res.json()) as T;
  };
  const horizon = () => new Date(Math.max(new Date(new Date().setHours(24, 0, 0, 0)).getTime() - 1, Date.now() + 3600_000)).toISOString();
  const dueTotal = async () => (await api<{ total: number }>('GET', `/v1/reviews/due?limit=0&until=${encodeURIComponent(horizon())}`)).total;
  const fitsWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

  beforeAll(async () => {
    app = await startWebApp();
    id = (await api<{ id: string }>('POST', '/v1/roadmaps', { goal: 'Learn Python programming', hoursPerWeek: 5, weeks: 6 })).id;
    const done = await waitFor(async () => {
      const r = await api<{ status: string; outline?: { stages: Array<{ modules: Array<{ concepts: Concept[] }> }> } }>('GET', `/v1/roadmaps/${id}`);
      return r.status === 'completed' && r;
    }, 30_000, 'completed');
    concepts = done.outline!.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
    await api('PUT', `/v1/roadmaps/${id}/progress/${concepts[0]!.id}`, { done: true });
    // Quizzes of three concepts, each with its first question answered wrong: those come back today.
    for (const c of concepts.slice(0, 3)) {
      const url = `/v1/roadmaps/${id}/concepts/${c.id}`;
      const qs = (await api<{ content: { quiz: { current: { body: { questions: Question[] } } } } }>('GET', url)).content.quiz.current.body.questions;
      await api('POST', `${url}/quiz-attempts`, { answers: qs.map((q, i) => (i === 0 ? [q.options.findIndex((_, j) => !q.answer.includes(j))] : q.answer)) });
    }
    dueToday = await dueTotal();
  }, 180_000);

  afterAll(() => app?.stop(), 60_000);

  it('sets the start and hours on the roadmap page, and shows weeks never over them', async () => {
    expect(dueToday).toBe(3);
    const page = await app.page(1366, 900);
    await page.goto(`${app.base}/roadmaps/${id}/learn`);
    const schedule = page.getByTestId('schedule');
    await schedule.getByRole('heading', { name: 'Schedule' }).waitFor();
    await schedule.getByLabel('Start date').fill(today());
    await schedule.getByLabel('Hours per week').fill('4');
    await schedule.getByRole('button', { name: 'Save plan' }).click();
    await schedule.getByText('Plan saved.').waitFor();
    expect(await schedule.locator('.week.current h3').textContent()).toMatch(/^Week 1 .*this week/);
    const hours = await schedule.locator('.week-hours').allTextContents();
    expect(hours.length).toBe(3);
    for (const h of hours) expect(Number.parseFloat(h)).toBeLessThanOrEqual(4);
    const saved = await api<{ hoursPerWeek: number; start: string; saved: boolean; weeks: unknown[] }>('GET', `/v1/roadmaps/${id}/schedule?today=${today()}`);
    expect(saved).toMatchObject({ hoursPerWeek: 4, start: today(), saved: true });
    await schedule.getByRole('button', { name: `Show all ${saved.weeks.length} weeks` }).click();
    expect(await schedule.locator('.week').count()).toBe(saved.weeks.length);
    expect(await schedule.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href')).toContain('format=ics');
    // The concepts in the list show their mastery where questions were answered.
    expect(await page.locator('.concepts [data-testid=mastery]').count()).toBe(3);
    await schedule.screenshot({ path: path.join(SHOTS, 'schedule.png') });
  });

  it('shows this week: what to study and for how long, ticked off in place', async () => {
    const page = await app.page(390, 900);
    await page.goto(`${app.base}/roadmaps/${id}/week`);
    const week = page.getByTestId('this-week');
    await week.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
    expect(await week.locator('.week-summary').textContent()).toMatch(/^Week 1 of \d+, .* – .*: [\d.]+ h to study$/);
    const rows = week.locator('.week-items li');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('input').isChecked()).toBe(true);
    await rows.nth(1).locator('input').check();
    await expect.poll(async () => (await api<{ conceptsDone: string[] }>('GET', `/v1/roadmaps/${id}/progress`)).conceptsDone.length).toBe(2);
    expect(await week.getByRole('link', { name: '3 reviews due' }).count()).toBe(1);
    expect(await fitsWidth(page)).toBeLessThanOrEqual(390);
    await shot(page, 'this-week');
  });

  it('shows the reviews due on My roadmaps', async () => {
    const page = await app.page(1366, 700);
    await page.goto(`${app.base}/roadmaps`);
    await page.locator('.roadmaps .due-badge').waitFor();
    expect(await page.locator('.roadmaps .due-badge').textContent()).toBe('3 reviews due');
    await shot(page, 'my-roadmaps-due');
  });

  for (const width of [1366, 390]) {
    it(`colours the concepts due for review and shows mastery in the graph at ${width} px`, async () => {
      const page = await app.page(width, 900);
      await page.goto(`${app.base}/roadmaps/${id}/learn`);
      await page.getByRole('button', { name: 'Graph', exact: true }).click();
      const nodes = page.getByTestId('graph').locator('.gnode');
      await nodes.first().waitFor();
      expect(await nodes.and(page.locator('.st-due')).count()).toBe(3);
      expect(await page.getByTestId('graph').locator('.gnode-mastery').count()).toBe(3);
      expect(await page.locator('.glegend').textContent()).toMatch(/Due for review 3/);
      expect(await fitsWidth(page)).toBeLessThanOrEqual(width);
      await shot(page, `graph-due-${width}`);
    });
  }

  it('works through today’s review: choose, reveal with the explanation, rate', async () => {
    const page = await app.page(1366, 900);
    await page.goto(`${app.base}/review`);
    const session = page.getByTestId('review-session');
    for (let n = 1; n <= dueToday; n++) {
      await session.getByText(`Card ${n} of ${dueToday}`).waitFor();
      await session.locator('fieldset input').first().check();
      await session.getByRole('button', { name: 'Reveal the answer' }).click();
      await session.locator('.explanation').waitFor();
      const suggested = await session.locator('.ratings button.primary').textContent();
      expect(suggested).toMatch(/^(Again|Good) \(suggested\)$/);
      if (n === 1) await shot(page, 'review-session');
      await session.getByRole('button', { name: /^Good/ }).click();
    }
    await session.getByText(`Done for today: ${dueToday} cards reviewed.`).waitFor();
    // Rated good, every card moved out beyond today.
    expect(await dueTotal()).toBe(0);
  });

  it('shows the standard log events in Chinese', async () => {
    const page = await app.page(1366);
    await page.goto(`${app.base}/roadmaps/${id}`);
    await page.getByLabel('Language').selectOption('zh');
    const log = page.getByTestId('log');
    await expect.poll(() => log.locator('li').count()).toBeGreaterThan(10);
    const text = (await log.textContent())!;
    for (const line of ['已收到路线图请求', '开始生成路线图', '大纲已确定，正在为每个知识点生成内容', '结构检查（第 1 轮）：完成', '路线图已完成']) expect(text).toContain(line);
    expect(text).not.toMatch(/Roadmap generation started|Outline final/);
    await page.getByLabel('语言').selectOption('en');
  });

  it("exports a Chinese roadmap's Markdown in Chinese (an excerpt is kept beside the screenshots)", async () => {
    const zh = (await api<{ id: string }>('POST', '/v1/roadmaps', { goal: '学习 Python', language: 'zh-CN', hoursPerWeek: 4, weeks: 4 })).id;
    await waitFor(async () => (await api<{ status: string }>('GET', `/v1/roadmaps/${zh}`)).status === 'completed', 30_000, 'completed');
    const md = await (await fetch(`${app.base}/v1/roadmaps/${zh}/export?format=md`)).text();
    expect(md).toMatch(/\*[\d.]+ 小时 · (简单|中等|困难)/);
    expect(md).toContain('**测验**');
    writeFileSync(path.join(SHOTS, 'export-zh.md'), `${md.split('\n').slice(0, 40).join('\n')}\n`);
  });

  it('logged no errors in the browser console', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
