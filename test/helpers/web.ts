/**
 * The web app in real Chromium against `pathsmith start` (embedded PostgreSQL, offline LLM), for the
 * browser tests: one server and one browser per test file, pages of a given width that record every console
 * error and Content-Security-Policy violation, and screenshots in test-results/screenshots/.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { spawnPathsmith, type Spawned } from './processes.js';

const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.resolve('test-results/screenshots');

export interface WebApp {
  base: string;
  /** Every console error and uncaught page error, on every page opened. */
  consoleErrors: string[];
  /** Every Content-Security-Policy violation, on every page opened. */
  cspViolations: string[];
  /** Every answer of 400 or more, as `status METHOD /path?query` (the browser also logs each one to the console). */
  httpErrors: string[];
  /** A page in a browser context of its own (its own cookies: another visitor), `width` px wide. */
  page(width: number, height?: number): Promise<Page>;
  stop(): Promise<void>;
}

/** `env`: the server's environment beside the defaults, e.g. `{ AUTH_MODE: 'accounts' }`. */
export async function startWebApp(options: { env?: Record<string, string> } = {}): Promise<WebApp> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install it (apt-get install -y chromium); .ci/run does.`);
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web/index.html not found: run `npm run build` first.');
  mkdirSync(SHOTS, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-web-'));
  chmodSync(tmp, 0o755);
  const sup: Spawned = spawnPathsmith(['start'], {
    DATABASE_URL: undefined,
    REDIS_URL: undefined,
    PATHSMITH_DATA_DIR: path.join(tmp, 'data'),
    PORT: '0',
    LOG_LEVEL: 'info',
    ...options.env,
  });
  const ready = await sup.waitForLine((l) => l.service === 'supervisor' && typeof l.url === 'string', 90_000);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  const httpErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    base: String(ready.url),
    consoleErrors,
    cspViolations,
    httpErrors,
    async page(width, height = 800) {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
      contexts.push(context);
      await context.exposeFunction('reportViolation', (v: string) => cspViolations.push(v));
      // Registered before any page script runs, so no violation can happen unobserved.
      await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
        window.reportViolation(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));`);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      page.on('response', (r) => {
        const url = new URL(r.url());
        if (r.status() >= 400) httpErrors.push(`${r.status()} ${r.request().method()} ${url.pathname}${url.search}`);
      });
      return page;
    },
    async stop() {
      for (const c of contexts) await c.close();
      await browser.close();
      if (sup.proc.exitCode === null) {
        sup.proc.kill('SIGTERM');
        const stopped = await Promise.race([sup.exited, new Promise((r) => setTimeout(() => r(undefined), 20_000))]);
        if (!stopped) sup.proc.kill('SIGKILL');
      }
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

/**
 * A screenshot of the page as it would be `width` px wide (390: a phone), which must not scroll sideways
 * there; the page is given its own size back afterwards.
 */
export async function shotAtWidth(page: Page, name: string, width = 390): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width, height: 844 });
  expect(await page.evaluate<number>('document.documentElement.scrollWidth'), name).toBeLessThanOrEqual(width);
  await shot(page, name);
  await page.setViewportSize(size);
}
