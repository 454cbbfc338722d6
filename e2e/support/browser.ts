import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium, headless, with nothing that talks to the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // `localhost` is the services' origin; the servers listen on IPv4 loopback only.
      '--host-resolver-rules=MAP localhost 127.0.0.1',
    ],
  });
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Everything the page logged as an error or threw, to show when a step fails. */
  pageErrors: string[];
}

/**
 * A fresh context (no cookies, no storage) with one page on the web app. The time zone is India's,
 * where the shop's customers are: the symptom dates the test computes are that zone's calendar days.
 */
export async function openSession(
  browser: Browser,
  baseURL: string,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserSession> {
  const context = await browser.newContext({ baseURL, viewport, timezoneId: TIME_ZONE, locale: 'en-IN' });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  return { context, page, pageErrors };
}

export const TIME_ZONE = 'Asia/Kolkata';

/** The calendar date `daysAgo` days before today in TIME_ZONE, as YYYY-MM-DD. */
export function localDate(daysAgo: number, now: Date = new Date()): string {
  const shifted = new Date(now.getTime() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(shifted);
}
