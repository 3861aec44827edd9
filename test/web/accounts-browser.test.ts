/**
 * Accounts in the web app, end to end in Debian Chromium against `pathsmith start` in accounts mode: sign-up by
 * invitation, log-out and log-in, a 401 that sends the learner to log in and back, an API key from Settings
 * used by the real CLI, a roadmap waiting for a free generation slot, share and fork, an admin changing a
 * quota and the form's quota message, and the admin page closed to learners. One roadmap generates at a time
 * per user, and the offline LLM is slowed down so that one is seen generating. Screenshots go to
 * test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PASSWORD } from '../helpers/accounts.js';
import { BIN, spawnCommand } from '../helpers/processes.js';
import { shot, shotAtWidth, startWebApp, type WebApp } from '../helpers/web.js';
import { logIn, signUp } from '../helpers/web-accounts.js';

const ADMIN = 'admin@example.com';
const ADA = 'ada@example.com';
const BOB = 'bob@example.com';
/** Long enough per LLM call that a small roadmap takes several seconds: the next request meets it generating. */
const LLM_DELAY_MS = '400';
const GENERATION_MS = 90_000;

describe('accounts in the web app (Chromium)', () => {
  let app: WebApp;
  let base = '';
  let admin: Page;
  let ada: Page;
  let cliGoal = '';

  /** Asks the admin page for a new invite code and reads it (never the one shown before). */
  let lastCode = '';
  const inviteCode = async () => {
    await admin.getByRole('button', { name: 'Create invite code' }).click();
    const field = admin.getByLabel('Invite code (shown once)');
    await expect.poll(async () => ((await field.count()) ? field.inputValue() : lastCode)).not.toBe(lastCode);
    lastCode = await field.inputValue();
    return lastCode;
  };
  beforeAll(async () => {
    app = await startWebApp({
      env: { AUTH_MODE: 'accounts', SIGNUP: 'invite', ADMIN_EMAIL: ADMIN, ADMIN_PASSWORD: PASSWORD, QUOTA_ACTIVE_ROADMAPS: '1', OFFLINE_LLM_DELAY_MS: LLM_DELAY_MS },
    });
    base = app.base;
    admin = await app.page(1366);
    ada = await app.page(1366);
    await ada.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  }, 120_000);

  afterAll(() => app?.stop(), 60_000);

  it('an admin is sent to log in, logs in, lands on the admin page and creates an invite code', async () => {
    await admin.goto(`${base}/admin`);
    await admin.waitForURL(`${base}/login?next=%2Fadmin`);
    await admin.getByText('you will come back to where you were').waitFor();
    await logIn(admin, ADMIN, 'not the password at all');
    await admin.getByText('The email or the password is not right.').waitFor();
    await shot(admin, 'login');
    await logIn(admin, ADMIN);
    await admin.waitForURL(`${base}/admin`);
    await admin.getByRole('heading', { name: 'Admin', exact: true }).waitFor();
    await admin.getByRole('heading', { name: ADMIN }).waitFor();
    expect(await inviteCode()).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(await admin.getByRole('link', { name: 'Open the queue dashboard' }).getAttribute('href')).toBe('/admin/queues');
    // An admin's menu leads here; Escape closes it again.
    await admin.getByRole('button', { name: `Account: ${ADMIN}` }).click();
    await admin.getByRole('link', { name: 'Admin', exact: true }).waitFor();
    await admin.keyboard.press('Escape');
    await admin.getByRole('link', { name: 'Admin', exact: true }).waitFor({ state: 'detached' });
  });

  it('a visitor signs up: told that an invite code is needed, then with the code; the header shows their email', async () => {
    const code = await inviteCode();
    await ada.goto(`${base}/`);
    await ada.waitForURL(`${base}/login`);
    await ada.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
    await ada.getByRole('heading', { name: 'Create your account' }).waitFor();
    await ada.getByLabel('Password').fill('too short');
    await ada.getByLabel('Password').blur();
    await ada.getByText('Enter at least 12 characters.').waitFor();
    await signUp(ada, ADA, code, 'not-a-code-anyone-made');
    await ada.getByRole('heading', { name: 'Plan what you want to learn' }).waitFor();
    await ada.getByRole('button', { name: `Account: ${ADA}` }).waitFor();
    await ada.goto(`${base}/signup`);
    await ada.waitForURL(`${base}/`);
    // The form as it was, at both widths, for the screenshots: with the invite field shown.
    const visitor = await app.page(1366);
    await visitor.goto(`${base}/signup`);
    await visitor.getByLabel('Email').fill('someone@example.com');
    await visitor.getByLabel('Password').fill(PASSWORD);
    await visitor.getByRole('button', { name: 'Create account' }).click();
    await visitor.getByLabel('Invite code').waitFor();
    await shot(visitor, 'signup');
    await shotAtWidth(visitor, 'signup-390');
  });

  it('logs out and in again; a 401 from any call sends the learner to log in, and back where they were', async () => {
    await ada.getByRole('button', { name: `Account: ${ADA}` }).click();
    await ada.getByRole('button', { name: 'Log out' }).click();
    await ada.waitForURL(`${base}/login`);
    await ada.getByRole('button', { name: /^Account:/ }).waitFor({ state: 'detached' });
    await logIn(ada, ADA);
    await ada.getByRole('heading', { name: 'Plan what you want to learn' }).waitFor();

    // The session ends on the server (as when it expires): the next call the page makes answers 401.
    const cookie = (await ada.context().cookies()).find((c) => c.name === 'pathsmith_session')!;
    expect((await client(base, { cookie: `${cookie.name}=${cookie.value}` })('POST', '/v1/auth/logout')).status).toBe(204);
    await ada.getByRole('link', { name: 'My roadmaps' }).click();
    await ada.waitForURL(`${base}/login?next=%2Froadmaps`);
    await logIn(ada, ADA);
    await ada.waitForURL(`${base}/roadmaps`);
    await ada.getByRole('heading', { name: 'My roadmaps' }).waitFor();
  });

  it('creates an API key in Settings; the CLI generates a roadmap with it, which My roadmaps then shows; a revoked key stops working', async () => {
    await ada.getByRole('button', { name: `Account: ${ADA}` }).click();
    await ada.getByRole('link', { name: 'Settings' }).click();
    await ada.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
    await ada.getByText('0 of 20').waitFor();
    await ada.getByText('0 (no limit)').waitFor();
    await ada.getByLabel('Name of a new key').fill('laptop CLI');
    await ada.getByRole('button', { name: 'Create key' }).click();
    const key = await ada.getByLabel('API key', { exact: true }).inputValue();
    expect(key).toMatch(/^psk_/);
    await ada.getByText('It will not be shown again').waitFor();
    expect(await ada.locator('pre.command').first().textContent()).toContain(`--api-key ${key} --api ${base}`);
    await ada.getByRole('button', { name: 'Copy' }).click();
    await ada.getByText('Copied to the clipboard.').waitFor();
    expect(await ada.evaluate<string>('navigator.clipboard.readText()')).toBe(key);
    await shot(ada, 'settings-api-key');
    await shotAtWidth(ada, 'settings-api-key-390');

    cliGoal = 'Learn SQL for data analysis';
    const cli = spawnCommand([process.execPath, BIN, 'generate', cliGoal, '--hours', '2', '--weeks', '2', '--api-key', key, '--api', base], {});
    const { code } = await cli.exited;
    expect(code, cli.lines.map((l) => JSON.stringify(l)).join('\n')).toBe(0);
    await ada.getByRole('link', { name: 'My roadmaps' }).click();
    await ada.getByRole('link', { name: cliGoal }).waitFor();

    await ada.goto(`${base}/settings`);
    await ada.getByText(/last used/).waitFor();
    await ada.getByRole('button', { name: 'Revoke the key “laptop CLI”' }).click();
    await ada.getByText('Scripts that use it stop working at once.').waitFor();
    await ada.getByRole('button', { name: 'Revoke key' }).click();
    await ada.getByText('No API keys yet.').waitFor();
    expect((await client(base, { apiKey: key })('GET', '/v1/me')).status).toBe(401);
  }, GENERATION_MS);

  it('a roadmap past the one generating at a time waits for a free slot, says so, and starts by itself', async () => {
    const cookie = (await ada.context().cookies()).find((c) => c.name === 'pathsmith_session')!;
    const asAda = client(base, { cookie: `${cookie.name}=${cookie.value}` });
    const first = await asAda('POST', '/v1/roadmaps', { goal: 'Learn Rust for systems programming', hoursPerWeek: 2, weeks: 2 });
    expect(first.body.waitingForSlot).toBe(false);

    await ada.getByRole('link', { name: 'New roadmap' }).click();
    await ada.getByLabel('Your goal').fill('Learn Go for backend development');
    await ada.getByLabel('Hours per week').fill('2');
    await ada.getByLabel('Weeks').fill('2');
    await ada.getByRole('button', { name: 'Create roadmap' }).click();
    await ada.waitForURL(/\/roadmaps\/[0-9a-f-]{36}$/);
    const waiting = ada.getByTestId('waiting-for-slot');
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('you can have 1 generating at a time');
    const third = await asAda('POST', '/v1/roadmaps', { goal: 'Learn Python for data science', hoursPerWeek: 2, weeks: 2 });
    expect(third.body.waitingForSlot).toBe(true);
    await shot(ada, 'waiting-for-slot');

    // The first finishes, this one is admitted: the page follows without being reloaded.
    await waiting.waitFor({ state: 'detached', timeout: GENERATION_MS });
    await ada.locator('[data-status="running"], [data-status="completed"]').first().waitFor();

    await ada.getByRole('link', { name: 'My roadmaps' }).click();
    const thirdItem = ada.locator('.roadmaps li', { hasText: 'Learn Python for data science' });
    await thirdItem.getByText('waiting for a free slot').waitFor();
    await shot(ada, 'waiting-for-slot-list');
    await thirdItem.getByText('waiting for a free slot').waitFor({ state: 'detached', timeout: GENERATION_MS });
  }, 3 * GENERATION_MS);

  it('shares a roadmap; a visitor reads it, logs in to fork it and gets their own copy; a revoked link says so', async () => {
    await ada.getByRole('link', { name: cliGoal }).click();
    await ada.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await ada.getByLabel('Read-only link').inputValue();
    expect(link).toMatch(new RegExp(`^${base}/shared/[A-Za-z0-9_-]{16,}$`));
    await ada.getByText('not your progress, not your email').waitFor();
    await shot(ada, 'share-dialog');

    const visitor = await app.page(1366);
    await visitor.goto(link);
    await visitor.getByRole('heading', { name: cliGoal }).waitFor();
    await visitor.getByText('Shared roadmap · read-only').waitFor();
    const firstConcept = visitor.locator('.shared-concept').first();
    await firstConcept.locator('summary').click();
    await firstConcept.locator('.tutorial').waitFor();
    await firstConcept.getByRole('tab', { name: 'Resources' }).click();
    await firstConcept.locator('.resources li').first().waitFor();
    await firstConcept.getByRole('tab', { name: 'Quiz' }).click();
    await firstConcept.locator('.quiz fieldset').first().waitFor();
    const text = (await visitor.locator('main').textContent()) ?? '';
    for (const absent of [ADA, 'Overall progress', 'Mark as done']) expect(text).not.toContain(absent);
    await shot(visitor, 'shared-page');
    await shotAtWidth(visitor, 'shared-page-390');

    await visitor.getByRole('button', { name: 'Fork into my roadmaps' }).click();
    await visitor.waitForURL(`${base}/login?next=${encodeURIComponent(new URL(link).pathname)}`);
    await visitor.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
    await signUp(visitor, BOB, await inviteCode());
    // Back on the shared page, the fork asked for happens: the visitor lands on their own copy.
    await visitor.waitForURL(/\/roadmaps\/[0-9a-f-]{36}\/learn$/);
    await visitor.getByRole('heading', { name: cliGoal }).waitFor();
    await visitor.getByText('Forked: this copy is yours, with its own progress.').waitFor();
    await visitor.getByText(/Overall progress: 0 \/ \d+/).waitFor();
    await shot(visitor, 'fork-done');
    await visitor.getByRole('link', { name: 'My roadmaps' }).click();
    await visitor.getByRole('link', { name: cliGoal }).waitFor();
    expect(await visitor.locator('.roadmaps li').count()).toBe(1);

    await ada.getByRole('button', { name: 'Stop sharing' }).click();
    await ada.getByText('Sharing stopped: the link no longer works.').waitFor();
    await visitor.goto(link);
    await visitor.getByRole('heading', { name: 'Link not found' }).waitFor();
    await visitor.getByText('This link does not exist or was revoked.').waitFor();
    await visitor.getByRole('main').getByRole('link', { name: 'My roadmaps' }).waitFor();
    await shot(visitor, 'shared-revoked');
  }, GENERATION_MS);

  it('an admin sets a learner’s daily quota; the new-roadmap form then says the limit and when to come back', async () => {
    await admin.reload();
    const card = admin.locator('.user-card', { has: admin.getByRole('heading', { name: ADA }) });
    await card.getByText('4 of 20').waitFor();
    await card.getByRole('button', { name: `Change ${ADA}` }).click();
    await card.getByLabel('Roadmaps per day').fill('4');
    await shot(admin, 'admin-edit');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Saved.').waitFor();
    await card.getByText('4 of 4').waitFor();
    await card.getByText('override').waitFor();
    await shot(admin, 'admin');
    await shotAtWidth(admin, 'admin-390');

    await ada.getByRole('link', { name: 'New roadmap' }).click();
    await ada.getByLabel('Your goal').fill('Learn Kubernetes for deployment');
    await ada.getByRole('button', { name: 'Create roadmap' }).click();
    const message = ada.getByRole('alert');
    await expect.poll(() => message.textContent()).toMatch(/your limit: 4 a day\)\. You can request the next one in about 2[34] hours \(\d{1,2} \w{3} \d{4}, \d{2}:\d{2}\)\./);
    await shot(ada, 'quota-message');
    await ada.getByTestId('ui-language').selectOption('zh');
    await expect.poll(() => message.textContent()).toMatch(/上限：每天 4 个.*约 2[34] 小时后（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）/);
    await shot(ada, 'quota-message-zh');
    await ada.getByTestId('ui-language').selectOption('en');
  });

  it('shows a learner "not allowed" on the admin page, and nothing in their menu leads there', async () => {
    await ada.getByRole('button', { name: `Account: ${ADA}` }).click();
    await ada.getByRole('link', { name: 'Settings' }).waitFor();
    expect(await ada.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await ada.goto(`${base}/admin`);
    await ada.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await ada.getByText('This page is for admins only.').waitFor();
  });

  it('logged no console errors and no Content-Security-Policy violations; every error answer was one these steps ask for', () => {
    expect(app.cspViolations).toEqual([]);
    // The browser logs each error answer to the console itself; which answers those were is checked below.
    expect(app.consoleErrors.filter((e) => !/^Failed to load resource: the server responded with a status of \d{3} /.test(e))).toEqual([]);
    const asked = [
      /^401 GET \/v1\/me$/, // a visitor's first page: nobody is logged in
      /^401 POST \/v1\/auth\/login$/, // the wrong password
      /^403 POST \/v1\/auth\/signup$/, // no invite code yet
      /^401 GET \/v1\/roadmaps\?limit=20$/, // the session ended on the server
      /^401 GET \/v1\/reviews\/due\?/, // … and the same page's due counts, asked beside the list
      /^404 GET \/v1\/shared\/[\w-]+$/, // the revoked link
      /^429 POST \/v1\/roadmaps$/, // over the daily quota
    ];
    expect(app.httpErrors.filter((e) => !asked.some((re) => re.test(e)))).toEqual([]);
    expect(asked.every((re) => app.httpErrors.some((e) => re.test(e)))).toBe(true);
  });
});
