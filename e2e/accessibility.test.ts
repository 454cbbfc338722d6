/**
 * axe-core on every page of the route table, at a phone's width (390 px) and a desktop's (1280 px):
 * no serious or critical violation. Public pages are checked without a session, protected pages
 * signed in as a verified user with data. Each page's full-page screenshot at both widths is saved
 * in test-results/screenshots/ for people to look at, and every axe finding (moderate and minor
 * too) in test-results/axe/.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount } from './support/accounts';
import { type BrowserSession, launchBrowser, openSession } from './support/browser';
import { auditPage, auditView, seriousViolations, waitForPageReady } from './support/page-audit';
import { type Platform, startPlatform } from './support/platform';
import { requestResetLink, seedActiveAccount } from './support/seed-account';
import { logIn } from './support/steps/session';
import { waitForPath } from './support/waits';

let platform: Platform;
let browser: Browser;
let session: BrowserSession;
const account = newAccount('Meera Nair');
/** Two widths, each a load, an axe run and a full-page screenshot, on a busy 2-core machine. */
const PAGE_TIMEOUT = 90_000;

const PUBLIC_PAGES = [
  { name: 'login', path: '/login' },
  { name: 'signup', path: '/signup' },
  { name: 'verify-email', path: '/verify-email' },
  { name: 'forgot-password', path: '/forgot-password' },
  { name: 'privacy', path: '/privacy' },
  { name: 'terms', path: '/terms' },
  { name: 'not-found', path: '/no-such-page', route: '*' },
];
const PROTECTED_PAGES = [
  { name: 'onboarding', path: '/onboarding' },
  { name: 'dashboard', path: '/dashboard' },
  { name: 'symptom-tracker', path: '/symptom-tracker' },
  { name: 'education', path: '/education' },
  { name: 'community', path: '/community' },
  { name: 'consultations', path: '/consultations' },
  { name: 'shop', path: '/shop' },
  { name: 'settings', path: '/settings' },
  { name: 'report', path: '/report' },
];
/** The route table's paths this file audits; home, reset and article have tests of their own. */
const AUDITED_ROUTES = [
  ...[...PUBLIC_PAGES, ...PROTECTED_PAGES].map((page) => ('route' in page ? page.route : page.path)),
  '/',
  '/reset-password',
  '/education/:slug',
];
const ROUTES_FILE = fileURLToPath(new URL('../apps/web/src/app/routes.tsx', import.meta.url));

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  session = await openSession(browser, platform.webUrl);
  await seedActiveAccount(platform, account);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function expectAccessible(page: { name: string; path: string }): Promise<void> {
  const problems = await auditPage(session.page, page);
  const report = Object.entries(problems).map(([width, found]) => `at ${width} px:\n  ${found.join('\n  ')}`);
  expect(report, `serious or critical axe violations, or sideways scrolling, on ${page.path}`).toEqual([]);
}

it('every path of the web app route table is audited here', async () => {
  const source = await readFile(ROUTES_FILE, 'utf8');
  const paths = [...source.matchAll(/\bpath="([^"]+)"/g)].map((match) => match[1]);
  expect(paths.sort()).toEqual([...AUDITED_ROUTES].sort());
});

describe('public pages, without a session', () => {
  it('the audit itself reports a page with an unnamed button and an image without alt text', async () => {
    const { page } = session;
    await page.goto('/terms');
    await waitForPageReady(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend',
      '<button type="button"></button><img src="/favicon.svg">')`);
    const found = await seriousViolations(page);
    expect(found.map((line) => line.split(' ')[0])).toEqual(
      expect.arrayContaining(['button-name', 'image-alt']),
    );
  });

  it(
    'the home page, with the cookie notice, has no serious or critical violations and no sideways scroll',
    async () => {
      await expectAccessible({ name: 'home', path: '/' });
      await session.page.getByRole('region', { name: 'Cookie notice' }).waitFor();
      await session.page.getByRole('button', { name: 'Got it' }).click();
    },
    PAGE_TIMEOUT,
  );

  for (const page of PUBLIC_PAGES) {
    it(
      `${page.path} has no serious or critical violations and no sideways scroll`,
      () => expectAccessible(page),
      PAGE_TIMEOUT,
    );
  }

  it(
    '/reset-password, opened from a real reset mail, has no serious or critical violations and no sideways scroll',
    async () => {
      const link = new URL(await requestResetLink(platform, account.email));
      expect(link.pathname).toBe('/reset-password');
      await expectAccessible({ name: 'reset-password', path: link.pathname + link.search });
    },
    PAGE_TIMEOUT,
  );
});

describe('protected pages, signed in as a verified user with data', () => {
  beforeAll(async () => {
    await session.page.goto('/login');
    await logIn(session.page, account);
    await waitForPath(session.page, '/dashboard');
  });

  for (const page of PROTECTED_PAGES) {
    it(
      `${page.path} has no serious or critical violations and no sideways scroll`,
      () => expectAccessible(page),
      PAGE_TIMEOUT,
    );
  }

  it(
    'the open phone menu and the open account menu have no serious or critical violations',
    async () => {
      const { page } = session;
      await page.setViewportSize({ width: 390, height: 900 });
      await page.goto('/dashboard');
      await waitForPageReady(page);
      await page.getByRole('button', { name: 'Open menu' }).click();
      await page
        .getByRole('navigation', { name: 'Main (mobile)' })
        .getByRole('link', { name: 'Shop' })
        .waitFor();
      expect(await auditView(page, 'phone-menu', 390)).toEqual([]);

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/dashboard');
      await waitForPageReady(page);
      await page.getByRole('button', { name: `Account menu for ${account.name}` }).click();
      await page.getByRole('button', { name: 'Log out' }).waitFor();
      expect(await auditView(page, 'account-menu', 1280)).toEqual([]);
    },
    PAGE_TIMEOUT,
  );

  it(
    'an education article has no serious or critical violations and no sideways scroll',
    async () => {
      await session.page.goto('/education');
      const href = await session.page.locator('main a[href^="/education/"]').first().getAttribute('href');
      expect(href).toMatch(/^\/education\/[\w-]+$/);
      await expectAccessible({ name: 'education-article', path: href! });
    },
    PAGE_TIMEOUT,
  );
});
