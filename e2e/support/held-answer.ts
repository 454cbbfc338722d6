import type { Page, Route } from 'playwright-core';

/**
 * Holds the server's answer to the next `method` request whose URL ends with `pathEnd` until
 * `release()` is called: the request reaches the server and is answered as usual, and the page
 * gets that answer only then. What the page shows meanwhile is what it showed before any answer.
 */
export async function holdNextAnswer(page: Page, method: string, pathEnd: string) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached: () => void = () => {};
  const requested = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const matches = (url: URL) => url.pathname.endsWith(pathEnd);
  const handler = async (route: Route) => {
    if (route.request().method() !== method) return route.fallback();
    await page.unroute(matches, handler);
    reached();
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  };
  await page.route(matches, handler);
  return { requested, release };
}
