/**
 * The concept page in real Chromium against `pathsmith start` (offline provider): an on-demand roadmap's concept
 * opens with its pieces being written and fills in without a reload; "Ask the tutor" streams the offline
 * helper's answer, which is still there after a reload (the tutor remembers), at 1366 px and 390 px, and in
 * Chinese. Screenshots go to test-results/screenshots/tutor-*.png.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/system.js';
import { SHOTS, shot, shotAtWidth, startWebApp, type WebApp } from '../helpers/web.js';

interface Concept {
  id: string;
  title: string;
}

describe('the concept tutor and on-demand content in Chromium', () => {
  let app: WebApp;
  let id = '';
  let concepts: Concept[] = [];

  const api = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${app.base}${p}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.ok, `${method} ${p}: ${res.status}`).toBe(true);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    // Slow enough offline answers that the pieces are seen being written.
    app = await startWebApp({ env: { CONTENT_DEFAULT: 'on_demand', OFFLINE_LLM_DELAY_MS: '700' } });
    id = (await api<{ id: string }>('POST', '/v1/roadmaps', { goal: 'Learn SQL for data analysis', hoursPerWeek: 4, weeks: 4 })).id;
    const done = await waitFor(async () => {
      const r = await api<{ status: string; outline?: { stages: Array<{ modules: Array<{ concepts: Concept[] }> }> } }>('GET', `/v1/roadmaps/${id}`);
      return r.status === 'completed' && r;
    }, 60_000, 'completed');
    concepts = done.outline!.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
  }, 180_000);

  afterAll(() => app?.stop(), 60_000);

  it('opens an unwritten concept with its pieces pending, and fills them in live', async () => {
    const page = await app.page(1366, 900);
    await page.goto(`${app.base}/roadmaps/${id}/concepts/${concepts[0]!.id}`);
    await page.getByRole('heading', { name: concepts[0]!.title, level: 1 }).waitFor();
    await page.getByText('Being written for you now').waitFor();
    await shot(page, 'tutor-on-demand-pending-1366');
    // No reload: the page hears the pieces on the event stream and reads the concept again.
    await page.locator('article.tutorial').waitFor({ timeout: 30_000 });
    expect(await page.getByText('Being written for you now').count()).toBe(0);
    await shot(page, 'tutor-on-demand-written-1366');
    // Only the opened concept and the next one in the schedule were asked for (the roadmap read opens nothing).
    const view = await api<{ content?: Record<string, unknown> }>('GET', `/v1/roadmaps/${id}`);
    expect(Object.keys(view.content ?? {})).toHaveLength(2);
    expect(Object.keys(view.content ?? {})).toContain(concepts[0]!.id);
    await page.goto(`${app.base}/roadmaps/${id}/learn`);
    await page.getByText('written when you first open it').waitFor();
    await shot(page, 'tutor-on-demand-roadmap-1366');
  });

  it('asks the tutor: the answer streams in, says it is the offline helper, and is remembered after a reload', async () => {
    const concept = concepts[1]!;
    const page = await app.page(1366, 900);
    await page.goto(`${app.base}/roadmaps/${id}/concepts/${concept.id}`);
    const tutor = page.getByTestId('tutor');
    await tutor.getByRole('heading', { name: 'Ask the tutor' }).waitFor();
    await tutor.getByText('No questions yet').waitFor();
    await tutor.getByLabel('Your question').fill('What are the key ideas here?');
    await tutor.getByRole('button', { name: 'Ask' }).click();
    // While it answers: the question shows, the box is locked, and the answer can be stopped.
    await tutor.getByRole('button', { name: 'Stop' }).waitFor();
    await shot(page, 'tutor-streaming-1366');
    await tutor.getByRole('button', { name: 'Ask' }).waitFor({ timeout: 30_000 });
    const answer = tutor.locator('.chat-tutor').last();
    expect(await answer.textContent()).toContain('not a language model');
    expect(await tutor.locator('.chat-learner').last().textContent()).toContain('What are the key ideas here?');
    await shot(page, 'tutor-answered-1366');

    await page.reload();
    await tutor.locator('.chat-tutor').first().waitFor();
    expect(await tutor.locator('.chat-msg').count()).toBe(2);
    expect(await tutor.locator('.chat-tutor').first().textContent()).toContain('not a language model');
    await shotAtWidth(page, 'tutor-answered-390', 390);

    // A follow-up on a phone: the panel works at 390 px.
    const phone = await app.page(390, 844);
    await phone.goto(`${app.base}/roadmaps/${id}/concepts/${concept.id}`);
    const small = phone.getByTestId('tutor');
    await small.locator('.chat-tutor').first().waitFor();
    await small.getByLabel('Your question').fill('Where can I practise this?');
    await small.getByRole('button', { name: 'Ask' }).click();
    await waitFor(async () => (await small.locator('.chat-msg').count()) === 4 && (await small.getByRole('button', { name: 'Ask' }).count()) === 1, 30_000, 'the second answer');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    // "practise" finds the tutorial's Practice section.
    expect(await small.locator('.chat-tutor').last().textContent()).toContain('section "Practice"');
    await shot(phone, 'tutor-phone-390');
    await small.screenshot({ path: path.join(SHOTS, 'tutor-panel-390.png') });
    const stored = await api<{ messages: Array<{ role: string; status: string }> }>('GET', `/v1/roadmaps/${id}/concepts/${concept.id}/chat`);
    expect(stored.messages.map((m) => `${m.role}:${m.status}`)).toEqual(['learner:complete', 'tutor:complete', 'learner:complete', 'tutor:complete']);
  });

  it('the new-roadmap form asks for on-demand content with a checkbox', async () => {
    const page = await app.page(390, 844);
    await page.goto(`${app.base}/`);
    await page.getByLabel('Your goal').fill('Learn Go for backend development');
    await page.getByLabel('Write each concept’s lesson when I first open it').check();
    await shot(page, 'tutor-new-roadmap-on-demand-390');
    await page.getByRole('button', { name: 'Create roadmap' }).click();
    await page.waitForURL(/\/roadmaps\/[0-9a-f-]{36}$/);
    const created = page.url().split('/').at(-1)!;
    expect((await api<{ request: { content: string } }>('GET', `/v1/roadmaps/${created}`)).request.content).toBe('on_demand');
  });

  it('speaks Chinese', async () => {
    const page = await app.page(1366, 900);
    await page.goto(`${app.base}/roadmaps/${id}/concepts/${concepts[1]!.id}`);
    await page.getByLabel('Language').selectOption('zh');
    const tutor = page.getByTestId('tutor');
    await tutor.getByRole('heading', { name: '向导师提问' }).waitFor();
    await tutor.getByLabel('你的问题').waitFor();
    await shot(page, 'tutor-zh-1366');
    expect(app.consoleErrors).toEqual([]);
    expect(app.cspViolations).toEqual([]);
  });
});
