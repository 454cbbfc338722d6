/**
 * npx tsx bench/profile-api.ts [path] — where the API's CPU goes, beside the bare server's.
 *
 * A small bench database, the API and the bare server each started with `--cpu-prof`, 8 s of 50
 * connections on the same authenticated GET each, then the self time of the top functions and of each
 * package, per request. The profiles stay in the printed directory for Chrome DevTools.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@hormohelp/db';
import { ensureDevKeys } from '../scripts/lib/dev-keys';
import { provisionDatabase } from './lib/database';
import { generateData } from './lib/generate-data';
import { runLoad } from './lib/load';
import { parseOptions } from './lib/options';
import { startNodeService } from './lib/services';
import { mintAccessTokenFor } from './lib/tokens';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const path = process.argv[2] ?? '/api/symptoms';
const work = await mkdtemp(join(tmpdir(), 'hormohelp-profile-'));
const keys = await ensureDevKeys(work);
const db = await provisionDatabase(process.env);
try {
  await generateData(db.url, parseOptions(['--size', 'small']).size);
  const token = await mintAccessTokenFor(db.url, keys.privateKeyPath, 'bench-user-1@bench.example');
  const env = {
    DATABASE_URL: db.url,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    FRONTEND_ORIGIN: 'http://127.0.0.1:9',
    AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
    AUTH_SERVICE_URL: 'http://127.0.0.1:9',
    RAZORPAY_KEY_ID: 'rzp_test_bench',
    RAZORPAY_KEY_SECRET: 'bench_key_secret',
    RAZORPAY_WEBHOOK_SECRET: 'bench_webhook_secret',
    RAZORPAY_API_URL: 'http://127.0.0.1:9',
  };
  for (const [name, entry] of [
    ['bare', 'bench/bare-server/main.ts'],
    ['api', 'apps/api/src/main.ts'],
  ] as const) {
    const dir = join(work, name);
    const service = await startNodeService(name, entry, env, await findFreePort(), [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
    ]);
    await runLoad(service.url + path, token, 50, 2, service.pid); // warm-up
    const load = await runLoad(service.url + path, token, 50, 8, service.pid);
    await service.stop();
    const files = await readdir(dir);
    const profile: Profile = JSON.parse(await readFile(join(dir, files[0]!), 'utf8'));
    console.log(
      `\n${name}: ${Math.round(load.requestsPerSecond)} req/s, ${load.serverCpuUsPerRequest} µs CPU/request`,
    );
    report(profile, load.requests);
  }
  console.log(`\nprofiles in ${work}`);
} finally {
  await db.drop();
}

/** Self time per function and per package, in µs per request (over the whole profile). */
function report(profile: Profile, requests: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const micros = profile.timeDeltas[index] ?? 0;
    const where = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/work\/main\//, '');
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + micros);
    const pkg = frame.url.includes('node_modules/')
      ? frame.url
          .split('node_modules/')
          .pop()!
          .split('/')
          .slice(0, frame.url.includes('node_modules/@') ? 2 : 1)
          .join('/')
      : frame.url.startsWith('node:')
        ? frame.url
        : frame.url
          ? 'project'
          : frame.functionName;
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, us]) => `${(us / requests).toFixed(1).padStart(8)} µs  ${key}`)
      .join('\n');
  console.log(`-- by package\n${top(packages, 20)}\n-- by function\n${top(self, 35)}`);
}
