/**
 * The learner's web app end to end in real Chromium against `pathsmith start` (embedded PostgreSQL, offline
 * LLM): create a roadmap with the form, watch it complete, take a concept's quiz, mark it done, find the
 * progress kept after a reload, and switch the UI to Chinese — at 375 px wide; and, this being local mode, no
 * account UI anywhere. Screenshots of every page go to test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot as save, startWebApp, type WebApp } from '../helpers/web.js';

const WIDTH = 375;

describe('web app in Chromium', () => {
  let app: WebApp;
  let page: Page;
  let base = '';
  let learnUrl = '';

  const shot = (name: string) => save(page, name);
  const fitsWidth = () => page.evaluate<number>('document.documentElement.scrollWidth');

  beforeAll(async () => {
    app = await startWebApp();
    base = app.base;
    page = await app.page(WIDTH);
  }, 120_000);

  afterAll(() => app?.stop(), 60_000);

  it('validates the form inline and creates a roadmap from the keyboard', async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('Your goal').fill('Learn Go for backend development');
    await page.getByLabel('Hours per week').fill('2');
    await page.getByLabel('Weeks').fill('0');
    await page.getByLabel('Weeks').blur();
    await expect.poll(() => page.getByText('Must be at least 1.').count()).toBe(1);
    await page.getByLabel('Weeks').fill('3');
    expect(await page.getByText('Must be at least 1.').count()).toBe(0);
    expect(await fitsWidth()).toBeLessThanOrEqual(WIDTH);
    await shot('01-new-roadmap');
    await page.getByLabel('Weeks').press('Enter');
    await page.waitForURL(/\/roadmaps\/[0-9a-f-]{36}$/);
    await page.getByRole('list', { name: 'Phases' }).waitFor();
  });

  it('follows generation to completed, with the outline and the execution log', async () => {
    await page.locator('[data-status="completed"]').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Outline' }).waitFor();
    expect(await page.getByTestId('log').locator('li').count()).toBeGreaterThan(3);
    expect(await page.getByText('Tutorial: ready').count()).toBeGreaterThan(0);
    expect(await fitsWidth()).toBeLessThanOrEqual(WIDTH);
    await shot('02-generation');
  });

  it('opens a concept, takes its quiz and shows the score', async () => {
    await page.getByRole('link', { name: 'Open roadmap' }).click();
    await page.getByText(/Overall progress: 0 \/ \d+/).waitFor();
    await shot('03-roadmap');
    const concepts = await page.locator('.concepts a').count();
    await page.getByRole('button', { name: 'Graph' }).click();
    await page.getByTestId('graph').locator('.gnode').first().waitFor();
    expect(await page.getByTestId('graph').locator('.gnode').count()).toBe(concepts);
    await shot('10-roadmap-graph');
    await page.getByRole('button', { name: 'List' }).click();
    await page.locator('.concepts a').first().click();
    await page.locator('.tutorial').waitFor();
    await page.locator('.tutorial .mermaid svg').first().waitFor({ timeout: 20_000 });
    await shot('11-tutorial-mermaid');
    expect(await page.locator('.tutorial h1, .tutorial h2, .tutorial p').count()).toBeGreaterThan(0);
    expect(await fitsWidth()).toBeLessThanOrEqual(WIDTH);
    await shot('04-concept-tutorial');
    await page.getByRole('tab', { name: 'Quiz' }).click();
    const questions = page.locator('.quiz fieldset');
    for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).locator('input').first().check();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect.poll(() => page.getByTestId('quiz-score').textContent()).toMatch(/^Score: \d+ \/ \d+ \(\d+%\)$/);
    await shot('05-quiz');
  });

  it('marks the concept done and keeps the progress across a reload', async () => {
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.getByRole('button', { name: /Done ✓/ }).waitFor();
    await page.getByRole('link', { name: 'Back to the roadmap' }).click();
    await page.getByText(/Overall progress: 1 \/ \d+/).waitFor();
    learnUrl = page.url();
    await page.reload();
    await page.getByText(/Overall progress: 1 \/ \d+/).waitFor();
    expect(await page.locator('.concepts input[type="checkbox"]:checked').count()).toBe(1);
    // The progress and the quiz attempt are the API's, not the browser's.
    const roadmapId = /[0-9a-f-]{36}/.exec(learnUrl)![0];
    const progress = (await (await fetch(`${base}/v1/roadmaps/${roadmapId}/progress`)).json()) as { conceptsDone: string[]; quizAttempts: unknown[] };
    expect(progress.conceptsDone).toHaveLength(1);
    expect(progress.quizAttempts.length).toBeGreaterThanOrEqual(1);
    await shot('06-progress-after-reload');
  });

  it('asks for feedback to reject an outline under review, and completes once approved', async () => {
    await page.getByRole('link', { name: 'New roadmap' }).click();
    await page.getByLabel('Your goal').fill('Learn SQL for data analysis');
    await page.getByLabel('Let me review the outline first').check();
    await page.getByRole('button', { name: 'Create roadmap' }).click();
    await page.locator('[data-status="awaiting_review"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Reject with feedback' }).click();
    await page.getByText('Say what should change before rejecting.').waitFor();
    await shot('09-review');
    await page.getByLabel('What should change?').fill('More practice with joins, please.');
    await page.getByRole('button', { name: 'Reject with feedback' }).click();
    await page.getByText(/Outline rejected with feedback/).waitFor({ timeout: 30_000 });
    await page.locator('[data-status="awaiting_review"]').waitFor({ timeout: 30_000 });
    // The card says what the repair changed: the practice concept it added.
    await page.getByText('What changed after your feedback on round 1:').waitFor({ timeout: 30_000 });
    expect(await page.locator('.review-outcome li').filter({ hasText: /^Added concept “Practice project: / }).count()).toBe(1);
    expect(await page.locator('.review-outcome .notice').count()).toBe(0);
    await shot('10-review-changes');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.locator('[data-status="completed"]').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Open roadmap' }).waitFor();
  });

  it('switches the UI to Chinese', async () => {
    await page.goto(learnUrl);
    await page.getByLabel('Language').selectOption('zh');
    await page.getByText(/总体进度: 1 \/ \d+/).waitFor();
    await shot('07-roadmap-zh');
    await page.getByRole('link', { name: '我的路线图' }).click();
    await page.getByRole('heading', { name: '我的路线图' }).waitFor();
    await page.getByText('已完成').first().waitFor();
    expect(await fitsWidth()).toBeLessThanOrEqual(WIDTH);
    await shot('08-my-roadmaps-zh');
  });
  it('shows no account UI in local mode: no log-in, no sign-up, no account menu, no sharing', async () => {
    await page.getByLabel('语言').selectOption('en');
    await page.goto(learnUrl);
    await page.getByText(/Overall progress: 1 \/ \d+/).waitFor();
    const header = page.getByRole('banner');
    expect(await header.getByRole('link').allTextContents()).toEqual(['Pathsmith', 'New roadmap', 'My roadmaps', 'Review']);
    expect(await header.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
    for (const path of ['/login', '/signup', '/settings']) {
      await page.goto(`${base}${path}`);
      await page.getByText('without accounts: there is nothing to log in to').waitFor();
    }
  });

  it('logged no errors in the browser console on any page', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
