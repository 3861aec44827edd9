/**
 * The web app in real Chromium against `pathsmith start` (embedded PostgreSQL, offline LLM), for the
 * browser tests: one server and one browser per test file, pages of a given width that record every console
 * error, and screenshots in test-results/screenshots/.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawnPathsmith, type Spawned } from './processes.js';

const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.resolve('test-results/screenshots');

export interface WebApp {
  base: string;
  /** Every console error and uncaught page error, on every page opened. */
  consoleErrors: string[];
  page(width: number, height?: number): Promise<Page>;
  stop(): Promise<void>;
}

export async function startWebApp(): Promise<WebApp> {
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
  });
  const ready = await sup.waitForLine((l) => l.service === 'supervisor' && typeof l.url === 'string', 90_000);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const consoleErrors: string[] = [];
  return {
    base: String(ready.url),
    consoleErrors,
    async page(width, height = 800) {
      const page = await browser.newPage({ viewport: { width, height }, locale: 'en-US' });
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      return page;
    },
    async stop() {
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
