/**
 * npm run bench [-- --size small|full] [--out path] [--no-lighthouse]
 *
 * Measures the platform on this machine, each figure against a ceiling measured in the same run
 * (docs/performance.md explains each one), prints the table and writes bench/results.json. In full
 * mode the exit code is 1 when any bar is missed or any figure could not be measured.
 */
import { findFreePort } from '@hormohelp/db';
import { API_OVERHEAD_ROWS, measureApiOverhead } from './figures/api-overhead';
import { FEED_DEPTH_ROWS, measureFeedDepth } from './figures/feed-depth';
import { FIRST_LOAD_ROWS, measureFirstLoad } from './figures/first-load';
import { LOGIN_ROWS, measureLogin } from './figures/login';
import { isChromiumAvailable, measurePageQuality, PAGE_QUALITY_ROWS } from './figures/page-quality';
import { measureStatsGrowth, STATS_GROWTH_ROWS } from './figures/stats-growth';
import { provisionDatabase } from './lib/database';
import { type FigureRow, unmeasured } from './lib/figure';
import { generateData } from './lib/generate-data';
import { parseOptions } from './lib/options';
import { describeMachine, formatTable, writeReport } from './lib/report';
import { startPlatform } from './lib/services';
import { serveStatic } from './lib/static-server';
import { mintAccessTokenFor } from './lib/tokens';
import { buildWeb } from './lib/web-build';

const options = parseOptions(process.argv.slice(2));
const { size } = options;
const started = Date.now();
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);
const rows: FigureRow[] = [];
const cleanups: Array<() => Promise<void>> = [];

/** Runs one figure; if it throws, its rows are recorded as not measured, with the reason. */
async function measure(
  name: string,
  specs: Parameters<typeof unmeasured>[0],
  work: () => Promise<FigureRow[]>,
) {
  log(`${name}…`);
  try {
    rows.push(...(await work()));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`${name} could not be measured: ${reason}`);
    rows.push(...unmeasured(specs, reason));
  }
}

let database = 'not started';
let data: unknown = null;
try {
  log(`size ${size.name}: preparing the database`);
  const db = await provisionDatabase(process.env);
  cleanups.push(() => db.drop());
  database = db.server;
  data = await generateData(db.url, size);
  log(`data: ${JSON.stringify(data)}`);

  const sitePort = await findFreePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const platform = await startPlatform(db.url, siteUrl).catch((error: Error) => {
    log(`the services did not start: ${error.message}`);
    return null;
  });
  const serviceSpecs = [...API_OVERHEAD_ROWS, ...STATS_GROWTH_ROWS, ...FEED_DEPTH_ROWS, ...LOGIN_ROWS];
  if (!platform) rows.push(...unmeasured(serviceSpecs, 'the auth service or the API did not start'));
  else {
    cleanups.unshift(() => platform.stop());
    const { auth, api, keys } = platform;
    const token = await mintAccessTokenFor(db.url, keys.privateKeyPath, 'bench-user-1@bench.example');
    const common = { databaseUrl: db.url, size };
    await measure('API overhead', API_OVERHEAD_ROWS, () =>
      measureApiOverhead({ ...common, api, token, publicKeyPath: keys.publicKeyPath }),
    );
    await measure('stats as data grows', STATS_GROWTH_ROWS, () =>
      measureStatsGrowth({ ...common, api, privateKeyPath: keys.privateKeyPath }),
    );
    await measure('feed depth', FEED_DEPTH_ROWS, () => measureFeedDepth({ api, token, size }));
    await measure('login', LOGIN_ROWS, () => measureLogin({ ...common, auth }));
  }

  log('building the web app (vite build)…');
  const distDir = await buildWeb(platform?.api.url ?? 'http://127.0.0.1:4000').catch((error: Error) => {
    log(`the web build failed: ${error.message}`);
    return null;
  });
  if (!distDir) rows.push(...unmeasured([...FIRST_LOAD_ROWS, ...PAGE_QUALITY_ROWS], 'the web build failed'));
  else {
    await measure('first load', FIRST_LOAD_ROWS, () => measureFirstLoad(distDir));
    if (!options.lighthouse) rows.push(...unmeasured(PAGE_QUALITY_ROWS, 'skipped: --no-lighthouse'));
    else if (!isChromiumAvailable())
      rows.push(...unmeasured(PAGE_QUALITY_ROWS, 'skipped: no /usr/bin/chromium'));
    else {
      const site = await serveStatic(distDir, sitePort);
      cleanups.unshift(() => site.stop());
      await measure('page quality (Lighthouse)', PAGE_QUALITY_ROWS, () =>
        measurePageQuality(site.url, size.lighthouseRuns),
      );
    }
  }
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
}

const passed = rows.length > 0 && rows.every((r) => r.pass === true);
await writeReport(options.out, {
  date: new Date().toISOString(),
  size: size.name,
  machine: describeMachine(),
  database,
  data,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  passed,
  figures: rows,
});
console.log(`\n${formatTable(rows)}\n`);
log(`${passed ? 'every bar met' : 'not every bar met'}; results in ${options.out}`);
const unmeasuredCount = rows.filter((r) => r.measured === null && !r.note?.startsWith('skipped:')).length;
process.exit((size.name === 'full' && !passed) || unmeasuredCount > 0 ? 1 : 0);
