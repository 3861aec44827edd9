/** Driving the web app's log-in and sign-up pages in a browser test, as a person would. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD } from './accounts.js';

export async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/**
 * Signs up on a server that takes accounts by invitation: first without a code, as a visitor who does not
 * know one is needed, then (with `wrongCode`) with one that is refused, then with `code`.
 */
export async function signUp(page: Page, email: string, code: string, wrongCode?: string): Promise<void> {
  const inviteFocused = () => expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('auth-invite');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('This Pathsmith takes new accounts by invitation').waitFor();
  await inviteFocused();
  if (wrongCode) {
    await page.getByLabel('Invite code').fill(wrongCode);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('This code is not valid, or it was already used.').waitFor();
    await inviteFocused();
  }
  await page.getByLabel('Invite code').fill(code);
  await page.getByRole('button', { name: 'Create account' }).click();
}
