import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Account } from '../accounts';
import type { Platform } from '../platform';
import { waitForPath } from '../waits';

const LIVE_REFRESH_TOKENS = `SELECT count(*)::int AS live FROM refresh_tokens t JOIN users u ON u.id = t.user_id
  WHERE u.email = $1 AND t.revoked_at IS NULL AND t.rotated_at IS NULL AND t.expires_at > now()`;

/**
 * The account menu's "Log out": back on the home page, the refresh cookie gone from the browser, and
 * no refresh token of the person still usable on the server.
 */
export async function logOut(page: Page, platform: Platform, account: Account): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${account.name}` }).click();
  const logout = page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/logout');
  await page.getByRole('button', { name: 'Log out' }).click();
  expect((await logout).status()).toBe(204);
  await waitForPath(page, '/');
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.name === 'refresh_token' && cookie.value !== '')).toEqual([]);
  const { rows } = await platform.db.query(LIVE_REFRESH_TOKENS, [account.email]);
  expect(rows).toEqual([{ live: 0 }]);
}

/** A protected page opened without a session goes to the login page. */
export async function expectRedirectToLogin(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForPath(page, '/login');
  await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
}

/** Logs in with the form; returns the access token the server issued (to look for it in storage). */
export async function logIn(page: Page, account: Account): Promise<string> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  const login = page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/login');
  await page.getByRole('button', { name: 'Log in' }).click();
  const response = await login;
  expect(response.status()).toBe(200);
  const { accessToken } = (await response.json()) as { accessToken: string };
  expect(accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  return accessToken;
}

/**
 * A reload keeps the person signed in through the HttpOnly refresh cookie alone: the page asks
 * /auth/refresh, which rotates the cookie, and neither the access token nor the refresh token is
 * anywhere JavaScript can read.
 */
export async function expectReloadKeepsSession(
  page: Page,
  context: BrowserContext,
  path: string,
  accessTokens: string[],
): Promise<void> {
  const refreshCookie = async () =>
    (await context.cookies()).filter((candidate) => candidate.name === 'refresh_token');
  const [before] = await refreshCookie();
  expect(before?.value).toMatch(/\w{32,}/);
  const refresh = page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/refresh');
  await page.reload();
  expect((await refresh).status()).toBe(200);
  await waitForPath(page, path);
  await page.getByRole('navigation', { name: 'Main', exact: true }).waitFor();

  const [cookie] = await refreshCookie();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });
  expect(cookie!.value).not.toBe(before!.value);
  // A string, not a function: this file is compiled without the DOM library.
  const readable = await page.evaluate<{ cookie: string; local: string; session: string }>(`({
    cookie: document.cookie,
    local: Object.entries(localStorage).flat().join('\\n'),
    session: Object.entries(sessionStorage).flat().join('\\n'),
  })`);
  expect(readable.cookie).not.toContain('refresh_token');
  for (const secret of [...accessTokens, cookie!.value]) {
    expect(readable.cookie).not.toContain(secret);
    expect(readable.local).not.toContain(secret);
    expect(readable.session).not.toContain(secret);
  }
  expect(`${readable.local}\n${readable.session}`).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
}

/**
 * Two tabs of one browser reloading at the same moment send the same refresh cookie twice: the
 * rotation's grace window answers both, so neither tab is logged out and no session is revoked.
 */
export async function expectTwoTabsReloadTogether(
  page: Page,
  platform: Platform,
  account: Account,
  secondPath: string,
): Promise<void> {
  const second = await page.context().newPage();
  try {
    await second.goto(secondPath);
    await second.getByRole('navigation', { name: 'Main', exact: true }).waitFor();
    const refreshes = [page, second].map((tab) =>
      tab.waitForResponse((response) => new URL(response.url()).pathname === '/auth/refresh'),
    );
    const firstPath = new URL(page.url()).pathname;
    await Promise.all([page.reload(), second.reload()]);
    expect(await Promise.all(refreshes.map(async (response) => (await response).status()))).toEqual([
      200, 200,
    ]);
    for (const [tab, path] of [
      [page, firstPath],
      [second, secondPath],
    ] as const) {
      await tab.getByRole('navigation', { name: 'Main', exact: true }).waitFor();
      expect(new URL(tab.url()).pathname).toBe(path);
    }
    const { rows } = await platform.db.query(LIVE_REFRESH_TOKENS, [account.email]);
    expect(rows[0]?.live).toBeGreaterThan(0);
    // Nothing of the login these tabs share (its refresh-token family) was revoked as reuse.
    const revoked = await platform.db.query(
      `SELECT count(*)::int AS revoked FROM refresh_tokens
        WHERE revoked_at IS NOT NULL AND family_id IN (
          SELECT t.family_id FROM refresh_tokens t JOIN users u ON u.id = t.user_id
           WHERE u.email = $1 AND t.revoked_at IS NULL AND t.rotated_at IS NULL)`,
      [account.email],
    );
    expect(revoked.rows).toEqual([{ revoked: 0 }]);
  } finally {
    await second.close();
  }
}
