/**
 * npm run bench [-- --size small|full] [--only api,auth,stats,feed,login,first-load,quality]
 *                  [--no-lighthouse] [--out path]
 *
 * Measures the platform on this machine, each figure against a ceiling measured in the same run
 * (docs/performance.md explains each one), prints the table and writes bench/results.json. In full
 * mode the exit code is 1 when any bar is missed or any figure could not be measured.
 */
import { rm } from 'node:fs/promises';
import { findFreePort } from '@hormohelp/db';
import { API_OVERHEAD_ROWS, measureApiOverhead } from './figures/api-overhead';
import { AUTH_OVERHEAD_ROWS, measureAuthOverhead } from './figures/auth-overhead';
import { FEED_DEPTH_ROWS, measureFeedDepth } from './figures/feed-depth';
import { FIRST_LOAD_ROWS, measureFirstLoad } from './figures/first-load';
import { LOGIN_ROWS, measureLogin } from './figures/login';
import {
  isChromiumAvailable,
  measurePageQuality,
  PAGE_QUALITY_ROWS,
  SIGNED_IN_LOG_DAYS,
} from './figures/page-quality';
import { measureStatsGrowth, STATS_GROWTH_ROWS } from './figures/stats-growth';
import { provisionDatabase } from './lib/database';
import { type FigureRow, isJudged, unmeasured } from './lib/figure';
import { generateData } from './lib/generate-data';
import { type FigureGroup, parseOptions } from './lib/options';
import { describeMachine, formatTable, writeReport } from './lib/report';
import { startPlatform } from './lib/services';
import { createSignedInPerson, type SignedInPerson } from './lib/signed-in-person';
import { serveStatic } from './lib/static-server';
import { mintAccessTokenFor } from './lib/tokens';
import { buildWeb } from './lib/web-build';

const SPECS: Record<FigureGroup, Parameters<typeof unmeasured>[0]> = {
  api: API_OVERHEAD_ROWS,
  auth: AUTH_OVERHEAD_ROWS,
  stats: STATS_GROWTH_ROWS,
  feed: FEED_DEPTH_ROWS,
  login: LOGIN_ROWS,
  'first-load': FIRST_LOAD_ROWS,
  quality: PAGE_QUALITY_ROWS,
};
const SERVICE_GROUPS: FigureGroup[] = ['api', 'auth', 'stats', 'feed', 'login'];

const options = parseOptions(process.argv.slice(2));
const { size } = options;
const wants = (group: FigureGroup) => options.groups.has(group);
const started = Date.now();
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);
const rows: FigureRow[] = [];
const cleanups: Array<() => Promise<void>> = [];

function skip(groups: FigureGroup[], reason: string) {
  for (const group of groups.filter(wants)) rows.push(...unmeasured(SPECS[group], reason));
}

/** Runs one figure if it was asked for; if it throws, its rows are recorded as not measured. */
async function measure(group: FigureGroup, work: () => Promise<FigureRow[]>) {
  if (!wants(group)) return;
  log(`${group}…`);
  try {
    rows.push(...(await work()));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`${group} could not be measured: ${reason}`);
    skip([group], reason);
  }
}

// Stopped from outside (Ctrl-C, a timeout): stop the services and the database before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the services and the database`);
    void Promise.allSettled(cleanups.map((cleanup) => cleanup())).then(() => process.exit(130));
  });
}

let database = 'not used';
let data: unknown = null;
try {
  const sitePort = await findFreePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  let apiUrl = 'http://127.0.0.1:4000';
  let person: SignedInPerson | null = null;
  // The signed-in pages' Lighthouse runs need the services too, but none of the generated data.
  const needsData = SERVICE_GROUPS.some(wants);
  if (needsData || wants('quality')) {
    log(`size ${size.name}: preparing the database`);
    const db = await provisionDatabase(process.env);
    cleanups.push(() => db.drop());
    database = db.server;
    if (needsData) {
      data = await generateData(db.url, size);
      log(`data: ${JSON.stringify(data)}`);
    }
    const platform = await startPlatform(db.url, siteUrl).catch((error: Error) => {
      log(`the services did not start: ${error.message}`);
      return null;
    });
    if (!platform) skip(SERVICE_GROUPS, 'the auth service or the API did not start');
    else {
      cleanups.unshift(() => platform.stop());
      const { auth, api, keys } = platform;
      apiUrl = api.url;
      if (wants('quality'))
        person = await createSignedInPerson(
          db.url,
          { authUrl: auth.url, apiUrl: api.url },
          SIGNED_IN_LOG_DAYS,
        ).catch((error: Error) => {
          log(`the signed-in person could not be set up: ${error.message}`);
          return null;
        });
      if (needsData) {
        const token = await mintAccessTokenFor(db.url, keys.privateKeyPath, 'bench-user-1@bench.example');
        const common = { databaseUrl: db.url, size };
        await measure('api', () =>
          measureApiOverhead({ ...common, api, token, publicKeyPath: keys.publicKeyPath }),
        );
        await measure('auth', async () =>
          measureAuthOverhead({
            ...common,
            auth,
            // Minted now, so a long api figure before it cannot bring it near its expiry.
            token: await mintAccessTokenFor(db.url, keys.privateKeyPath, 'bench-user-1@bench.example'),
            privateKeyPath: keys.privateKeyPath,
            publicKeyPath: keys.publicKeyPath,
          }),
        );
        await measure('stats', () =>
          measureStatsGrowth({ ...common, api, privateKeyPath: keys.privateKeyPath }),
        );
        await measure('feed', () => measureFeedDepth({ api, token, size }));
        await measure('login', () => measureLogin({ ...common, auth }));
      }
    }
  }

  if (wants('first-load') || wants('quality')) {
    log('building the web app (vite build)…');
    const distDir = await buildWeb(apiUrl).catch((error: Error) => {
      log(`the web build failed: ${error.message}`);
      return null;
    });
    if (!distDir) skip(['first-load', 'quality'], 'the web build failed');
    else {
      cleanups.push(() => rm(distDir, { recursive: true, force: true }));
      await measure('first-load', () => measureFirstLoad(distDir));
      if (wants('quality') && !isChromiumAvailable()) skip(['quality'], 'skipped: no /usr/bin/chromium');
      else if (wants('quality') && !person) skip(['quality'], 'the services did not start');
      else if (wants('quality') && person) {
        const signedIn = person;
        const site = await serveStatic(distDir, sitePort);
        cleanups.unshift(() => site.stop());
        await measure('quality', () => measurePageQuality(site.url, size.lighthouseRuns, signedIn));
      }
    }
  }
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
}

const passed = rows.length > 0 && rows.filter(isJudged).every((r) => r.pass === true);
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
