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
  let taken = false;
  const handler = async (route: Route) => {
    if (taken || route.request().method() !== method) return route.fallback();
    taken = true;
    reached();
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
    // Only now: a handler removed while its route is pending lets the browser send the request again.
    await page.unroute(matches, handler);
  };
  await page.route(matches, handler);
  return { requested, release };
}

/**
 * Holds every GET whose URL path ends with `pathEnd` from now until `release()`, then lets them
 * all go to the server: what the page shows meanwhile came from no read of that list.
 */
export async function stallReads(page: Page, pathEnd: string) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const matches = (url: URL) => url.pathname.endsWith(pathEnd);
  const held: Promise<void>[] = [];
  const handler = async (route: Route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const passed = released.then(() => route.fallback());
    held.push(passed);
    await passed;
  };
  await page.route(matches, handler);
  return {
    async release() {
      release();
      // Every held read on its way first: a handler removed while its route is pending lets the
      // browser send that request a second time.
      await Promise.all(held);
      await page.unroute(matches, handler);
    },
  };
}
