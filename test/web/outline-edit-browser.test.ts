/**
 * Editing the outline in place, in real Chromium against `pathsmith start`: rename inline, reorder with the
 * keyboard and by dragging, set hours, add a concept (its content is generated and the page follows it to
 * completed), remove one after confirming, a conflict with an edit made elsewhere shown with a reload, and the
 * same actions in the graph's panel — at 1366 px and at 390 px. Screenshots go to test-results/screenshots/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/system.js';
import { SHOTS, shot, shotAtWidth, startWebApp, type WebApp } from '../helpers/web.js';

interface Concept {
  id: string;
  title: string;
  hours: number;
}
interface Roadmap {
  status: string;
  outlineVersion: number;
  outline: { stages: Array<{ modules: Array<{ id: string; title: string; concepts: Concept[] }> }> };
  content: Record<string, Record<string, string>>;
}

describe('editing the outline in Chromium', () => {
  let app: WebApp;
  let page: Page;
  let id = '';

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${app.base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
    return (await res.json()) as T;
  };
  const read = () => api<Roadmap>('GET', `/v1/roadmaps/${id}`);
  const firstModule = async () => (await read()).outline.stages[0]!.modules[0]!;
  const rowTitles = () => page.locator('.concept-row.editing .concept-title').allTextContents();

  beforeAll(async () => {
    app = await startWebApp();
    id = (await api<{ id: string }>('POST', '/v1/roadmaps', { goal: 'Learn SQL for data analysis', hoursPerWeek: 4, weeks: 3 })).id;
    await waitFor(async () => (await read()).status === 'completed', 30_000, 'completion');
    page = await app.page(1366);
    await page.goto(`${app.base}/roadmaps/${id}/learn`);
    await page.getByRole('button', { name: 'Edit outline' }).click();
    await page.getByText('Drag a concept by its handle').waitFor();
  }, 120_000);

  afterAll(() => app?.stop(), 60_000);

  it('renames inline, sets hours and reorders with the keyboard', async () => {
    const mod = await firstModule();
    const [a, b] = mod.concepts;
    await shot(page, 'edit-01-list-1366');

    await page.locator('.concept-row.editing').first().getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByLabel(`New title for ${a!.title}`).fill('Warm-up: what SQL is for');
    await page.getByLabel(`New title for ${a!.title}`).press('Enter');
    await page.locator('.concept-row.editing .concept-title', { hasText: 'Warm-up: what SQL is for' }).waitFor();
    await page.getByText('Saved (version 2).').waitFor();
    await page.getByText(/Edited by you, just now/).waitFor();

    await page.locator('.concept-row.editing').first().getByRole('button', { name: 'Hours', exact: true }).click();
    await page.getByLabel('Hours for Warm-up: what SQL is for').fill(String(a!.hours + 0.5));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved (version 3).').waitFor();

    // ↓ on the first concept swaps it with the second, from the keyboard.
    await page.getByRole('button', { name: 'Move Warm-up: what SQL is for down' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await rowTitles()).slice(0, 2)).toEqual([b!.title, 'Warm-up: what SQL is for']);
    const stored = await firstModule();
    expect(stored.concepts.slice(0, 2).map((c) => c.id)).toEqual([b!.id, a!.id]);
    expect(stored.concepts[1]!.hours).toBe(a!.hours + 0.5);
  });

  it('reorders by dragging a concept onto another', async () => {
    const before = (await firstModule()).concepts;
    const last = before.at(-1)!;
    await page.locator(`.concept-row.editing[data-concept="${last.id}"] .drag-handle`).dragTo(page.locator(`.concept-row.editing[data-concept="${before[0]!.id}"]`));
    await expect.poll(async () => (await firstModule()).concepts[0]!.id).toBe(last.id);
    expect((await rowTitles())[0]).toBe(last.title);
  });

  it('adds a concept whose content is generated, and removes one after confirming', async () => {
    const mod = await firstModule();
    const form = page.getByRole('form', { name: `Add a concept to ${mod.title}` });
    await form.getByLabel('Title').fill('Query plans in practice');
    await form.getByLabel('Hours').fill('0.5');
    await form.getByRole('button', { name: 'Add' }).click();
    await page.getByText(/Content for the new concepts is being generated/).waitFor();
    await page.locator('.concept-row.editing .concept-title', { hasText: 'Query plans in practice' }).waitFor();
    const generated = await waitFor(async () => {
      const r = await read();
      return r.status === 'completed' && r.content['query-plans-in-practice']?.quiz === 'completed' && r;
    }, 30_000, 'the new concept\'s content');
    expect(generated.content['query-plans-in-practice']).toEqual({ tutorial: 'completed', resources: 'completed', quiz: 'completed' });
    // The page follows the roadmap back to completed by itself.
    await page.locator('[data-status="completed"]').waitFor();

    const victim = (await firstModule()).concepts.at(-2)!;
    await page.getByRole('button', { name: `Remove ${victim.title}` }).click();
    await page.getByText(`Remove "${victim.title}"? Your progress on it is kept, hidden.`).waitFor();
    await shot(page, 'edit-02-confirm-remove-1366');
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(async () => (await rowTitles()).includes(victim.title)).toBe(false);
    expect((await firstModule()).concepts.map((c) => c.id)).not.toContain(victim.id);
    // Gone from the schedule too (planned again from the edited outline), by title and by id.
    await expect.poll(async () => (await page.getByRole('link', { name: victim.title }).count()) + (await page.getByRole('link', { name: victim.id }).count())).toBe(0);
  });

  it('shows an edit made elsewhere as a conflict, with a reload', async () => {
    const r = await read();
    const target = r.outline.stages[0]!.modules[0]!.concepts[0]!;
    await api('PATCH', `/v1/roadmaps/${id}/outline`, { baseVersion: r.outlineVersion, operations: [{ op: 'rename', id: target.id, title: 'Renamed in another tab' }] });
    await page.locator('.concept-row.editing').first().getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByLabel(`New title for ${target.title}`).fill('Mine');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'The outline was changed elsewhere' });
    await conflict.waitFor();
    await shot(page, 'edit-03-conflict-1366');
    await shotAtWidth(page, 'edit-04-conflict-390');
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await page.locator('.concept-row.editing .concept-title', { hasText: 'Renamed in another tab' }).waitFor();
    expect(await conflict.count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await shotAtWidth(page, 'edit-05-list-390');
    // The list as a phone shows it, one screen from the top of the outline, to read at its real size.
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(`document.querySelector('section[aria-label="Outline"]').scrollIntoView()`);
    await page.screenshot({ path: path.join(SHOTS, 'edit-05b-list-390-screen.png') });
    await page.setViewportSize(size);
  });

  it('re-plans a module with instructions and says what it kept, added and could not do', async () => {
    const mod = (await read()).outline.stages[0]!.modules[1]!;
    const before = mod.concepts.map((c) => c.id);
    await page.getByRole('button', { name: 'Re-plan module' }).nth(1).click();
    await page.getByLabel(`Re-plan ${mod.title} with instructions`).fill('More hands-on practice, and a section on query plans');
    await page.getByRole('button', { name: 'Re-plan', exact: true }).click();
    const done = page.getByText(`${mod.title} re-planned: ${before.length} kept, 1 added, 0 removed.`);
    await done.waitFor({ timeout: 30_000 });
    await page.getByText(/Not applied: .*query plans/).waitFor();
    await page.locator('.concept-row.editing .concept-title', { hasText: `Practice: ${mod.title}` }).waitFor();
    await shot(page, 'edit-08-replanned-1366');
    const after = (await read()).outline.stages[0]!.modules[1]!.concepts.map((c) => c.id);
    expect(after.slice(0, before.length)).toEqual(before);
    await waitFor(async () => (await read()).status === 'completed', 30_000, 'the new concept\'s content');
  });

  it('edits from the graph: select a concept, then the same actions in its panel', async () => {
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    const c = (await firstModule()).concepts[0]!;
    await page.locator(`.gscroll .gnode[data-concept="${c.id}"]`).click();
    const panel = page.getByTestId('concept-panel');
    await panel.getByRole('button', { name: 'Rename', exact: true }).click();
    await panel.getByLabel(`New title for ${c.title}`).fill('Renamed from the graph');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await firstModule()).concepts[0]!.title).toBe('Renamed from the graph');
    await panel.getByRole('heading', { name: 'Renamed from the graph' }).waitFor();
    await shot(page, 'edit-06-graph-panel-1366');

    const small = await app.page(390, 844);
    await small.goto(`${app.base}/roadmaps/${id}/learn`);
    await small.getByRole('button', { name: 'Edit outline' }).click();
    await small.getByRole('button', { name: 'Graph', exact: true }).click();
    await small.locator(`.gscroll .gnode[data-concept="${c.id}"]`).click();
    await small.getByTestId('concept-panel').getByRole('button', { name: 'Hours', exact: true }).waitFor();
    expect(await small.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot(small, 'edit-07-graph-panel-390');
    expect(app.consoleErrors.filter((e) => !/409|Conflict/.test(e))).toEqual([]);
  });
});
