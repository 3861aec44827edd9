/**
 * The roadmap graph and the pages the walk-through fixed, in real Chromium against `pathsmith start`: the
 * graph at 1366 px and at 390 px (stage headers, legend, arrows, readable text, no overlapping cards, the
 * keyboard, the side panel in place), the finished generation page, My roadmaps, the concept page, a marked
 * quiz, the review card and the way back from an unknown address. Every page is screenshotted.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { waitFor } from '../helpers/system.js';
import { SHOTS, shot, startWebApp, type WebApp } from '../helpers/web.js';

const GOAL = 'Learn Python programming';

interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Roadmap {
  status: string;
  outline?: { stages: Array<{ modules: Array<{ concepts: Array<{ id: string; title: string; hours: number; difficulty: string }> }> }> };
}

describe('graph and pages in Chromium', () => {
  let app: WebApp;
  let id = '';
  let concepts: Array<{ id: string; title: string; hours: number; difficulty: string }> = [];

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${app.base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
    return (await res.json()) as T;
  };
  const create = async (body: object) => (await api<{ id: string }>('POST', '/v1/roadmaps', body)).id;
  const until = (roadmapId: string, status: string) =>
    waitFor(async () => {
      const r = await api<Roadmap>('GET', `/v1/roadmaps/${roadmapId}`);
      return r.status === status && r;
    }, 30_000, `roadmap ${status}`);

  beforeAll(async () => {
    app = await startWebApp();
    id = await create({ goal: GOAL, hoursPerWeek: 8, weeks: 10 });
    const done = await until(id, 'completed');
    concepts = done.outline!.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
    // Two concepts done and one quiz tried (all answers right, so no review is due today) give the graph every
    // state but "due for review", which plan-browser.test.ts shows.
    for (const c of concepts.slice(0, 2)) await api('PUT', `/v1/roadmaps/${id}/progress/${c.id}`, { done: true });
    const tried = `/v1/roadmaps/${id}/concepts/${concepts[2]!.id}`;
    const quiz = await api<{ content: { quiz: { current: { body: { questions: Array<{ answer: number[] }> } } } } }>('GET', tried);
    await api('POST', `${tried}/quiz-attempts`, { answers: quiz.content.quiz.current.body.questions.map((q) => q.answer) });
  }, 180_000);

  afterAll(() => app?.stop(), 60_000);

  const openGraph = async (width: number) => {
    const page = await app.page(width, 900);
    await page.goto(`${app.base}/roadmaps/${id}/learn`);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await page.getByTestId('graph').locator('.gnode').first().waitFor();
    return page;
  };
  const graphNodes = (page: Page) => page.getByTestId('graph').locator('.gnode');

  /** What every graph must be, at any width: readable, labelled, drawn without overlaps. */
  const checkGraph = async (page: Page, width: number) => {
    expect(await graphNodes(page).count()).toBe(concepts.length);
    for (const name of ['Stage 1 Python foundations', 'Stage 2 Writing real programs', 'Stage 3 Professional Python']) {
      await expect.poll(() => page.getByRole('heading', { name, level: 3 }).isVisible()).toBe(true);
    }
    expect(await page.getByRole('list', { name: 'What the colours mean' }).isVisible()).toBe(true);
    expect(await page.locator('.glegend').textContent()).toMatch(/Done 2.*In progress 1.*Ready to start.*Waiting on prerequisites/);
    expect(await page.locator('path.garrow[marker-end]').count()).toBeGreaterThan(0);
    // In the page (the test's TypeScript has no DOM types): each card's box, and the size of every text in it.
    const layout = await page.evaluate<Array<{ box: Edges; fonts: number[] }>>(`[...document.querySelectorAll('[data-testid=graph] .gnode')].map((n) => ({
      box: n.getBoundingClientRect().toJSON(),
      fonts: [...n.querySelectorAll('span')].filter((s) => s.childNodes[0]?.nodeType === 3).map((s) => parseFloat(getComputedStyle(s).fontSize)),
    }))`);
    const fonts = layout.flatMap((l) => l.fonts);
    expect(fonts.length).toBeGreaterThan(concepts.length);
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(12);
    const overlaps = (a: Edges, b: Edges) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    layout.forEach((a, i) => layout.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box)).toBe(false)));
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  };
  /** The focused concept's id (or the focused element's id). */
  const focused = (page: Page) => page.evaluate<string>(`document.activeElement?.dataset?.concept ?? document.activeElement?.id ?? ''`);

  it('at 1366 px: stage bands, legend, arrows, state colours and no overlapping cards', async () => {
    const page = await openGraph(1366);
    await checkGraph(page, 1366);
    expect(await graphNodes(page).and(page.locator('.st-done')).count()).toBe(2);
    expect(await graphNodes(page).and(page.locator('.st-in_progress')).count()).toBe(1);
    await shot(page, 'graph-1366');
  });

  it('moves by Tab and arrow keys, opens the concept in a panel with Enter and closes it with Escape', async () => {
    const page = await openGraph(1366);
    const url = page.url();
    await page.getByRole('button', { name: 'Graph', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(concepts[0]!.id);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(concepts[1]!.id);
    const before = await page.locator(':focus').boundingBox();
    await page.keyboard.press('ArrowDown');
    const after = await page.locator(':focus').boundingBox();
    expect(after!.y).toBeGreaterThan(before!.y);
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(concepts[1]!.id);
    expect(await page.locator(':focus-visible').count()).toBe(1);

    await page.keyboard.press('Enter');
    const panel = page.getByTestId('concept-panel');
    await panel.waitFor();
    expect(page.url()).toBe(url);
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(concepts[1]!.title);
    expect(await panel.textContent()).toMatch(new RegExp(`Done.*Time${concepts[1]!.hours} h.*Difficulty.*Prerequisites.*Unlocks`));
    expect(await panel.getByRole('link', { name: 'Open tutorial and quiz' }).getAttribute('href')).toBe(`/roadmaps/${id}/concepts/${concepts[1]!.id}`);
    await shot(page, 'graph-panel');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    // Focus goes back to the node on the next frame after the panel closes.
    await expect.poll(() => focused(page), { timeout: 5000 }).toBe(concepts[1]!.id);

    // Mark done from the panel: the card turns done, the API keeps it.
    await graphNodes(page).nth(3).click();
    await panel.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => graphNodes(page).nth(3).getAttribute('class')).toContain('st-done');
    await expect.poll(async () => (await api<{ conceptsDone: string[] }>('GET', `/v1/roadmaps/${id}/progress`)).conceptsDone).toContain(concepts[3]!.id);
    await panel.getByRole('button', { name: /Done ✓/ }).click();
    await expect.poll(() => graphNodes(page).nth(3).getAttribute('class')).not.toContain('st-done');
  });

  it('at 390 px: a column of module graphs that fits the screen, text never under 12 px, the panel below', async () => {
    const page = await openGraph(390);
    await checkGraph(page, 390);
    await shot(page, 'graph-390');
    await graphNodes(page).nth(2).focus();
    await page.keyboard.press(' ');
    await page.getByTestId('concept-panel').waitFor();
    // The panel is a sheet fixed to the bottom of the screen: the screen is what to look at.
    await page.screenshot({ path: path.join(SHOTS, 'graph-panel-390.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('concept-panel').waitFor({ state: 'detached' });
  });

  it('shows a finished generation with its phases and its log in words and in order', async () => {
    const page = await app.page(1366);
    await page.goto(`${app.base}/roadmaps/${id}`);
    await page.getByText('finished', { exact: true }).waitFor();
    const phases = page.getByRole('list', { name: 'Phases' });
    expect(await phases.textContent()).not.toMatch(/Queued/);
    expect(await phases.textContent()).toContain('Review(skipped)');
    await expect.poll(() => page.getByTestId('log').locator('li').count()).toBeGreaterThan(10);
    const log = page.getByTestId('log');
    expect(await log.textContent()).toContain('Structure check (round 1): finished');
    expect(await log.textContent()).not.toMatch(/validation-\d|Step /);
    const seqs = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-testid=log] li')].map((li) => li.dataset.seq)`);
    expect(seqs.map(BigInt)).toEqual([...seqs.map(BigInt)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await shot(page, 'generation-finished');
  });

  it('tells roadmaps for the same goal apart in My roadmaps, with the learner progress of finished ones', async () => {
    const again = await create({ goal: GOAL, hoursPerWeek: 4, weeks: 6 });
    await until(again, 'completed');
    const page = await app.page(390);
    await page.goto(`${app.base}/roadmaps`);
    const items = page.locator('.roadmaps li').filter({ hasText: GOAL });
    await expect.poll(() => items.count()).toBe(2);
    await items.first().getByText(/concepts done/).waitFor();
    await items.nth(1).getByText(/concepts done/).waitFor();
    expect(await items.nth(1).textContent()).toMatch(new RegExp(`2 / ${concepts.length} concepts done`));
    const created = await items.locator('time').allTextContents();
    expect(created).toHaveLength(2);
    expect(await items.first().locator('.roadmap-title').textContent()).toBe(GOAL);
    await shot(page, 'my-roadmaps');
  });

  it('walks from concept to concept, shows hours as hours, one title, and regenerate behind More', async () => {
    const page = await app.page(1366);
    await page.goto(`${app.base}/roadmaps/${id}/concepts/${concepts[1]!.id}`);
    await page.locator('.tutorial h2').first().waitFor();
    expect(await page.locator('h1').allTextContents()).toEqual([concepts[1]!.title]);
    expect(await page.getByText(`${concepts[1]!.hours} h · ${concepts[1]!.difficulty}`, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: `← Previous: ${concepts[0]!.title}` }).count()).toBe(1);
    expect(await page.getByLabel(/Regenerate the Tutorial/).isVisible()).toBe(false);
    await page.getByRole('button', { name: /More/ }).click();
    expect(await page.getByLabel(/Regenerate the Tutorial/).isVisible()).toBe(true);
    await shot(page, 'concept-nav');
    await page.getByRole('link', { name: `Next: ${concepts[2]!.title} →` }).click();
    await page.waitForURL(`**/concepts/${concepts[2]!.id}`);
    await page.getByRole('heading', { name: concepts[2]!.title, level: 1 }).waitFor();
  });

  it('marks the right options and the learner choices in words after submitting a quiz', async () => {
    const page = await app.page(390);
    await page.goto(`${app.base}/roadmaps/${id}/concepts/${concepts[4]!.id}`);
    await page.getByRole('tab', { name: 'Quiz' }).click();
    const questions = page.locator('.quiz fieldset');
    await questions.first().waitFor();
    for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).locator('input').nth(1).check();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByTestId('quiz-score').waitFor();
    for (let i = 0; i < (await questions.count()); i++) {
      const text = (await questions.nth(i).textContent())!;
      expect(text, `question ${i + 1}`).toMatch(/your answer, (correct|not correct)/);
      expect(text, `question ${i + 1}`).toMatch(/your answer, correct|correct answer/);
      expect(text.match(/choose all that apply/gi)?.length ?? 0, `question ${i + 1}`).toBeLessThanOrEqual(1);
    }
    await shot(page, 'quiz-marked');
  });

  it('shows the review round and the outline weight, and after a rejection the repaired outline as round 2', async () => {
    const review = await create({ goal: 'Learn SQL for data analysis', review: true });
    await until(review, 'awaiting_review');
    const page = await app.page(1366);
    await page.goto(`${app.base}/roadmaps/${review}`);
    await page.getByRole('heading', { name: 'Review the outline (round 1)' }).waitFor();
    expect(await page.locator('.review').textContent()).toMatch(/\d+ stages, \d+ concepts, [\d.]+ h in total; your budget is 64 h\./);
    expect(await page.locator('#outline-title + p + ol').textContent()).toMatch(/\d h · (easy|medium|hard)/);
    await page.getByLabel('What should change?').fill('More practice with joins, please.');
    await page.getByRole('button', { name: 'Reject with feedback' }).click();
    await page.getByRole('heading', { name: 'Review the outline (round 2)' }).waitFor({ timeout: 30_000 });
    await page.getByText('This is the outline repaired with your feedback.').waitFor();
    await shot(page, 'review-card');
  });

  it('offers a way back from an unknown roadmap and an unknown address', async () => {
    const page = await app.page(390);
    const known = app.consoleErrors.length;
    await page.goto(`${app.base}/roadmaps/00000000-0000-4000-8000-000000000000/learn`);
    await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('This roadmap does not exist, or it is not yours.');
    // The browser reports the API's 404 itself; that one is expected here.
    expect(app.consoleErrors.slice(known).every((e) => /status of 404/.test(e))).toBe(true);
    app.consoleErrors.splice(known);
    await page.goto(`${app.base}/nowhere`);
    await page.getByRole('heading', { name: 'Nothing here' }).waitFor();
    await shot(page, 'not-found');
    await page.getByRole('link', { name: 'My roadmaps' }).last().click();
    await page.getByRole('heading', { name: 'My roadmaps' }).waitFor();
  });

  it("keeps the learner's language: never the roadmap's, and the choice survives a reload", async () => {
    const zh = await create({ goal: '学习 Python', language: 'zh-CN' });
    await until(zh, 'completed');
    const page = await app.page(390, 900);
    await page.goto(`${app.base}/roadmaps/${zh}/learn`);
    await page.getByText(/Overall progress: 0 \/ \d+/).waitFor();
    await page.getByLabel('Language').selectOption('zh');
    await page.getByRole('button', { name: '图谱', exact: true }).click();
    await page.getByTestId('graph').locator('.gnode').first().waitFor();
    await page.getByRole('heading', { name: '第 1 阶段 Python 基础', level: 3 }).waitFor();
    expect(await page.getByTestId('graph').locator('.gnode-meta').first().textContent()).toMatch(/^[\d.]+ 小时 · /);
    await shot(page, 'graph-zh-390');
    await page.reload();
    await page.getByText(/总体进度: 0 \/ \d+/).waitFor();
    await page.getByRole('link', { name: '我的路线图' }).click();
    await expect.poll(() => page.locator('.roadmaps time').first().textContent()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('logged no other errors in the browser console', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
