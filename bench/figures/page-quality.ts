import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { atLeast, type FigureRow, row } from '../lib/figure';
import { FIRST_LOAD_PAGES } from './first-load';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CATEGORIES = [
  { id: 'performance', bar: 95 },
  { id: 'accessibility', bar: 100 },
  { id: 'best-practices', bar: 95 },
  { id: 'seo', bar: 95 },
] as const;

export const PAGE_QUALITY_ROWS = FIRST_LOAD_PAGES.flatMap((page) =>
  CATEGORIES.map((category) => ({
    id: `quality.${page.name}.${category.id}`,
    figure: `Lighthouse ${page.path}: ${category.id}`,
    unit: 'score',
    bar: atLeast(category.bar),
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
 * Lighthouse 12 with its default settings (mobile emulation, simulated throttling) on `/` and
 * `/login` of the production build served at `siteUrl`, `runsPerPage` times each. For a category
 * below its bar, the audits that cost it points are kept in the row's details.
 */
async function runLighthouse(url: string, port: number): Promise<Result> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES.map((category) => category.id),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

export async function measurePageQuality(siteUrl: string, runsPerPage: number): Promise<FigureRow[]> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'hormohelp-bench-chromium-'));
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, userDataDir });
  try {
    const rows: FigureRow[] = [];
    for (const page of FIRST_LOAD_PAGES) {
      const runs: Result[] = [];
      for (let run = 0; run < runsPerPage; run += 1)
        runs.push(await runLighthouse(siteUrl + page.path, chrome.port));
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
      for (const category of CATEGORIES) {
        const scored = lhr.categories[category.id]!;
        const lost = scored.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ({
            audit: ref.id,
            score: lhr.audits[ref.id]!.score,
            weight: ref.weight,
            title: lhr.audits[ref.id]!.title,
            // What the audit found (the console errors, the slow resources…), for the diagnosis.
            found: ((lhr.audits[ref.id]!.details as { items?: unknown[] } | undefined)?.items ?? []).slice(
              0,
              3,
            ),
          }));
        rows.push(
          row({
            ...PAGE_QUALITY_ROWS.find((spec) => spec.id === `quality.${page.name}.${category.id}`)!,
            measured: Math.round((scored.score ?? 0) * 100),
            details: {
              formFactor: lhr.configSettings.formFactor,
              throttling: lhr.configSettings.throttlingMethod,
              lostPoints: lost,
              ...(category.id === 'performance' && { metrics, performanceScores }),
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
