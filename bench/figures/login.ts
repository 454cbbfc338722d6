import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createPasswordHasher } from '../../apps/auth/src/security/password-hasher';
import { ROOT } from '../../scripts/lib/paths';
import { nextClientAddress } from '../lib/client-addresses';
import { atLeastRatio, atMost, type FigureRow, row } from '../lib/figure';
import { readPeakMemoryMb, resetPeakMemory } from '../lib/memory';
import type { BenchSize } from '../lib/options';
import type { BenchService } from '../lib/services';
import { round } from '../lib/timing';

export const LOGIN_ROWS = [
  {
    id: 'login.throughput',
    figure: 'Login: logins/s vs raw Argon2id verify/s',
    unit: 'logins/s',
    bar: atLeastRatio(0.85),
  },
  { id: 'memory.auth', figure: 'Memory: auth peak RSS in a login burst', unit: 'MB', bar: atMost(600) },
];

const PASSWORD = 'bench-password-7f3a9c';
const LOGIN_USERS = 40;

async function login(auth: BenchService, email: string): Promise<boolean> {
  const response = await fetch(`${auth.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextClientAddress() },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const body = (await response.json().catch(() => ({}))) as { accessToken?: string };
  return response.status === 200 && typeof body.accessToken === 'string';
}

async function loginsPerSecond(auth: BenchService, emails: string[], clients: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let ok = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i += clients) {
        if (await login(auth, emails[i % emails.length]!)) ok += 1;
        else failed += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: ok / elapsed, ok, failed, seconds: elapsed };
}

async function rawVerificationsPerSecond(hash: string, clients: number, seconds: number) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'bench/workers/argon2-throughput.ts'),
      hash,
      PASSWORD,
      String(clients),
      String(seconds),
    ],
    { cwd: ROOT },
  );
  return JSON.parse(stdout) as { verifications: number; seconds: number; perSecond: number };
}

async function createLoginUsers(databaseUrl: string, hash: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ email: string }>(
      `INSERT INTO users (email, password_hash, name, email_verified)
       SELECT 'login-' || n || '@bench.example', $1, 'Login Person ' || n, true FROM generate_series(1, $2) AS n
       RETURNING email`,
      [hash, LOGIN_USERS],
    )
    .finally(() => client.end());
  return rows.map((r) => r.email);
}

/**
 * Logins per second from `loginClients` concurrent clients against the auth service, alternating
 * with raw Argon2id verifications per second at the same concurrency in a separate process; the
 * better round of each is compared. Then a burst of `loginBurst` logins at once, for peak memory.
 */
export async function measureLogin(input: {
  auth: BenchService;
  databaseUrl: string;
  size: BenchSize;
}): Promise<FigureRow[]> {
  const { auth, size } = input;
  // The service's own hasher makes the hash: the production parameters, exactly as the service stores them.
  const hash = await (await createPasswordHasher(1)).hash(PASSWORD);
  const emails = await createLoginUsers(input.databaseUrl, hash);
  if (!(await login(auth, emails[0]!))) throw new Error('a login with the right password did not answer 200');

  const raw: Array<Awaited<ReturnType<typeof rawVerificationsPerSecond>>> = [];
  const logins: Array<Awaited<ReturnType<typeof loginsPerSecond>>> = [];
  for (let i = 0; i < size.rounds; i += 1) {
    raw.push(await rawVerificationsPerSecond(hash, size.loginClients, size.loginSeconds));
    logins.push(await loginsPerSecond(auth, emails, size.loginClients, size.loginSeconds));
  }
  const bestRaw = Math.max(...raw.map((r) => r.perSecond));
  const bestLogins = Math.max(...logins.map((r) => r.perSecond));
  const failed = logins.reduce((sum, r) => sum + r.failed, 0);

  await resetPeakMemory(auth.pid);
  const burst = await Promise.all(
    Array.from({ length: size.loginBurst }, (_, i) => login(auth, emails[i % emails.length]!)),
  );
  const authPeakMb = await readPeakMemoryMb(auth.pid);
  const burstFailed = burst.filter((ok) => !ok).length;

  return [
    row({
      ...LOGIN_ROWS[0]!,
      measured: round(bestLogins),
      ceiling: round(bestRaw),
      ceilingLabel: 'raw argon2.verify',
      ...(failed > 0 && { note: `${failed} logins failed` }),
      details: { parameters: hash.split('$').slice(1, 4).join('$'), clients: size.loginClients, raw, logins },
    }),
    row({
      ...LOGIN_ROWS[1]!,
      measured: round(authPeakMb, 1),
      ...(burstFailed > 0 && { note: `${burstFailed} of the burst's logins failed` }),
      details: { burst: size.loginBurst },
    }),
  ];
}
