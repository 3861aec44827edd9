/**
 * The security headers in a real browser: Debian Chromium opens the app's pages — a new roadmap, a generated
 * roadmap, a concept whose tutorial draws a Mermaid diagram — and the docs UI, and none of them trips the
 * Content-Security-Policy (no `securitypolicyviolation` event, no console error). The headers are on the app,
 * the API and the docs.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from '../helpers/chromium.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
let browser: Browser;
let page: Page;
const violations: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web/index.html not found: run `npm run build` first.');
  sys = await startSystem('postgres');
  browser = await launchChromium();
  page = await browser.newPage();
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  // Registered before any page script runs, so no violation can happen unobserved.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
    window.reportViolation(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));`);
  collectPageErrors(page, consoleErrors);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

describe('Content-Security-Policy in Chromium', () => {
  it('the app pages and the docs run without a violation', async () => {
    await page.goto(`${sys.baseUrl}/`);
    await page.getByLabel('Your goal').waitFor();

    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ goal: 'Learn Go for backend development', hoursPerWeek: 2, weeks: 3 }) });
    const { id } = (await res.json()) as { id: string };
    await page.goto(`${sys.baseUrl}/roadmaps/${id}`);
    await page.locator('[data-status="completed"]').waitFor({ timeout: 30_000 });
    await page.goto(`${sys.baseUrl}/roadmaps/${id}/learn`);
    await page.locator('.concepts a').first().waitFor();
    await page.getByRole('button', { name: 'Graph' }).click();
    await page.getByTestId('graph').locator('.gnode').first().waitFor();

    const roadmap = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}`)).json()) as { outline: { stages: Array<{ modules: Array<{ concepts: Array<{ id: string }> }> }> } };
    const conceptId = roadmap.outline.stages[0]!.modules[0]!.concepts[0]!.id;
    await page.goto(`${sys.baseUrl}/roadmaps/${id}/concepts/${conceptId}`);
    await page.locator('.tutorial .mermaid svg').first().waitFor({ timeout: 20_000 });
    // The diagram's own styles applied: a blocked <style> would leave its nodes unstyled (black fill).
    const fill = await page.locator('.tutorial .mermaid svg .node rect, .tutorial .mermaid svg .node polygon').first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { fill: string } }).getComputedStyle(el).fill);
    expect(fill).not.toBe('rgb(0, 0, 0)');

    await page.goto(`${sys.baseUrl}/docs`);
    await page.locator('.swagger-ui .opblock').first().waitFor({ timeout: 20_000 });
    await page.locator('.swagger-ui .opblock-summary').first().click();
    await page.locator('.swagger-ui .opblock-body').first().waitFor();

    // Events are reported through an exposed binding: let the last ones arrive before reading.
    await waitFor(async () => (await page.evaluate<string>('document.readyState')) === 'complete', 5000, 'the docs page to settle');
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);

  it('sends the headers on the app, the API and the docs', async () => {
    for (const path of ['/', '/roadmaps', '/v1/roadmaps', '/v1/roadmaps/00000000-0000-4000-8000-000000000000', '/docs/', '/openapi.json', '/healthz']) {
      const res = await fetch(`${sys.baseUrl}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      if (path.startsWith('/v1')) expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});
