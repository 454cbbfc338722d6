import type { Locator, Page } from 'playwright-core';

/** Waits until the single-page app's location is `path` (client-side navigations included). */
export async function waitForPath(page: Page, path: string, timeout = 15_000): Promise<void> {
  try {
    await page.waitForURL((url) => url.pathname === path, { timeout, waitUntil: 'commit' });
  } catch {
    throw new Error(`expected the page at ${path}, but it is at ${new URL(page.url()).pathname}`);
  }
}

/** Waits until the locator's text contains `text`; fails with what it shows instead. */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = 15_000): Promise<void> {
  const matches = (value: string) => (typeof text === 'string' ? value.includes(text) : text.test(value));
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last =
      (await locator.textContent({ timeout: Math.max(1, deadline - Date.now()) }).catch(() => null)) ?? '';
    if (matches(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected text ${String(text)}, found "${last.replace(/\s+/g, ' ').trim().slice(0, 300)}"`);
}

/** Waits until no part of the page says it is still loading (skeletons and refreshing sections). */
export async function waitForSettled(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(`document.querySelectorAll('[aria-busy="true"]').length === 0`, undefined, {
    timeout,
  });
}
