import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
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
 * `/login` of the production build served at `siteUrl`. For a category below its bar, the audits
 * that cost it points are kept in the row's details.
 */
export async function measurePageQuality(siteUrl: string): Promise<FigureRow[]> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'hormohelp-bench-chromium-'));
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, userDataDir });
  try {
    const rows: FigureRow[] = [];
    for (const page of FIRST_LOAD_PAGES) {
      const result = await lighthouse(siteUrl + page.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map((category) => category.id),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
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
          }));
        rows.push(
          row({
            ...PAGE_QUALITY_ROWS.find((spec) => spec.id === `quality.${page.name}.${category.id}`)!,
            measured: Math.round((scored.score ?? 0) * 100),
            details: {
              formFactor: lhr.configSettings.formFactor,
              throttling: lhr.configSettings.throttlingMethod,
              lostPoints: lost,
              ...(category.id === 'performance' && { metrics }),
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
