import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { atLeast, type FigureRow, row } from '../lib/figure';
import type { SignedInPerson } from '../lib/signed-in-person';

export const CHROMIUM_PATH = '/usr/bin/chromium';

type CategoryId = 'performance' | 'accessibility' | 'best-practices' | 'seo';

interface QualityPage {
  path: string;
  name: string;
  /** Opened with a session of its own, as the person who signed in sees it. */
  signedIn: boolean;
  bars: Partial<Record<CategoryId, number>>;
}

const PUBLIC_BARS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };
// A signed-in page is not for search engines (it is behind a login): no SEO bar.
const SIGNED_IN_BARS = { performance: 90, accessibility: 100, 'best-practices': 95 };

/** The pages a newcomer lands on, and the signed-in pages people open most, the dashboard first. */
export const QUALITY_PAGES: QualityPage[] = [
  { path: '/', name: 'home', signedIn: false, bars: PUBLIC_BARS },
  { path: '/login', name: 'login', signedIn: false, bars: PUBLIC_BARS },
  { path: '/dashboard', name: 'dashboard', signedIn: true, bars: SIGNED_IN_BARS },
  { path: '/symptom-tracker', name: 'symptom-tracker', signedIn: true, bars: SIGNED_IN_BARS },
  { path: '/shop', name: 'shop', signedIn: true, bars: SIGNED_IN_BARS },
];

/** How many days of logs the signed-in person has when the signed-in pages are measured. */
export const SIGNED_IN_LOG_DAYS = 90;

const categoriesOf = (page: QualityPage) => Object.entries(page.bars) as [CategoryId, number][];

export const PAGE_QUALITY_ROWS = QUALITY_PAGES.flatMap((page) =>
  categoriesOf(page).map(([id, bar]) => ({
    id: `quality.${page.name}.${id}`,
    figure: `Lighthouse ${page.path}${page.signedIn ? ` (signed in, ${SIGNED_IN_LOG_DAYS} days of logs)` : ''}: ${id}`,
    unit: 'score',
    bar: atLeast(bar),
  })),
);

// As the machine notes require for headless Chromium here: no sandbox as root, and no background
// connections, which this machine's closed network would refuse.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const isChromiumAvailable = () => existsSync(CHROMIUM_PATH);

/**
 * One Lighthouse run with its default settings (mobile emulation, simulated throttling). A signed-in
 * page gets the session's refresh cookie on its requests (Lighthouse's `extraHeaders`): the app
 * restores the session from it on load exactly as it does for a person coming back.
 */
async function runLighthouse(
  url: string,
  port: number,
  categories: CategoryId[],
  cookie: string | undefined,
): Promise<Result> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
    ...(cookie && { extraHeaders: { Cookie: cookie } }),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

/** The first `count` items an audit found (the scripts that ran longest, the long tasks). */
function itemsOf(lhr: Result, audit: string, count: number): unknown[] {
  return ((lhr.audits[audit]?.details as { items?: unknown[] } | undefined)?.items ?? []).slice(0, count);
}

/**
 * Lighthouse on each page of the production build served at `siteUrl`, `runsPerPage` times each;
 * the signed-in pages as `person`, with a fresh session for every run. For a category below its bar,
 * the audits that cost it points are kept in the row's details.
 */
export async function measurePageQuality(
  siteUrl: string,
  runsPerPage: number,
  person: SignedInPerson,
): Promise<FigureRow[]> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'hormohelp-bench-chromium-'));
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, userDataDir });
  try {
    const rows: FigureRow[] = [];
    for (const page of QUALITY_PAGES) {
      const categories = categoriesOf(page).map(([id]) => id);
      const runs: Result[] = [];
      for (let run = 0; run < runsPerPage; run += 1) {
        const cookie = page.signedIn ? await person.freshSessionCookie() : undefined;
        const result = await runLighthouse(siteUrl + page.path, chrome.port, categories, cookie);
        // A run that ended anywhere else (a signed-in page sent to /login) measured the wrong page.
        const landed = new URL(result.finalDisplayedUrl).pathname;
        if (landed !== page.path) throw new Error(`Lighthouse on ${page.path} ended on ${landed}`);
        runs.push(result);
      }
      // Lighthouse's scores vary from run to run on a busy machine: the median run is the figure.
      const performanceScores = runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
      const lhr = [...runs].sort(
        (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
      )[Math.floor(runs.length / 2)]!;
      const metrics = Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
      );
      for (const category of categories) {
        const scored = lhr.categories[category]!;
        const lost = scored.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ({
            audit: ref.id,
            score: lhr.audits[ref.id]!.score,
            weight: ref.weight,
            title: lhr.audits[ref.id]!.title,
            // What the audit found (the console errors, the slow resources…), for the diagnosis.
            found: itemsOf(lhr, ref.id, 3),
          }));
        rows.push(
          row({
            ...PAGE_QUALITY_ROWS.find((spec) => spec.id === `quality.${page.name}.${category}`)!,
            measured: Math.round((scored.score ?? 0) * 100),
            details: {
              formFactor: lhr.configSettings.formFactor,
              throttling: lhr.configSettings.throttlingMethod,
              lostPoints: lost,
              ...(category === 'performance' && {
                metrics,
                performanceScores,
                // How fast this machine is by Lighthouse's own yardstick (a mid-range phone runs
                // its 4× slowed CPU near 1000 on a fast desktop), and where the main thread went.
                benchmarkIndex: lhr.environment.benchmarkIndex,
                bootup: itemsOf(lhr, 'bootup-time', 5),
                longTasks: itemsOf(lhr, 'long-tasks', 8),
              }),
            },
          }),
        );
      }
    }
    return rows;
  } finally {
    chrome.kill();
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  }
}
