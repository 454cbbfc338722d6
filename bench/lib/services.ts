import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@hormohelp/db';
import { ensureDevKeys, type KeyPaths } from '../../scripts/lib/dev-keys';
import { ROOT } from '../../scripts/lib/paths';
import { startMailSink } from './mail-sink';

export interface BenchService {
  name: string;
  url: string;
  /** The node process itself (not a wrapper), whose /proc status holds its peak memory. */
  pid: number;
  stop(): Promise<void>;
}

/** Starts `node --import tsx <entry>` (as `npm start` does) and waits until `/health` answers. */
export async function startNodeService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  port: number,
  /** Extra node flags, such as --cpu-prof when looking for where the time goes. */
  nodeArgs: string[] = [],
): Promise<BenchService> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    // Its per-request log lines are written as in production, to a sink nobody reads.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(name, child, `${url}/health`, () => stderr);
  return { name, url, pid: child.pid!, stop: () => stopChild(child) };
}

async function waitForHealth(name: string, child: ChildProcess, healthUrl: string, stderr: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited (code ${child.exitCode}): ${stderr().trim()}`);
    const healthy = await fetch(healthUrl, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer ${healthUrl} within 60 s: ${stderr().trim()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface Platform {
  auth: BenchService;
  api: BenchService;
  keys: KeyPaths;
  stop(): Promise<void>;
}

/**
 * The auth service and the API from their `npm start` entry points, in production mode, with keys
 * generated for this run. `frontendOrigin` is where the production web build will be served.
 */
export async function startPlatform(databaseUrl: string, frontendOrigin: string): Promise<Platform> {
  const keysDir = await mkdtemp(join(tmpdir(), 'hormohelp-bench-keys-'));
  const keys = await ensureDevKeys(keysDir);
  const mail = await startMailSink();
  const common = {
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    FRONTEND_ORIGIN: frontendOrigin,
  };
  const started: BenchService[] = [];
  try {
    const auth = await startNodeService(
      'auth',
      'apps/auth/src/main.ts',
      {
        ...common,
        JWT_PRIVATE_KEY_PATH: keys.privateKeyPath,
        JWT_PUBLIC_KEY_PATH: keys.publicKeyPath,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mail.port),
        SMTP_SECURE: 'false',
        SMTP_FROM: 'HormoHelp bench <bench@bench.example>',
      },
      await findFreePort(),
    );
    started.push(auth);
    const api = await startNodeService(
      'api',
      'apps/api/src/main.ts',
      {
        ...common,
        AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
        AUTH_SERVICE_URL: auth.url,
        RAZORPAY_KEY_ID: 'rzp_test_bench',
        RAZORPAY_KEY_SECRET: 'bench_key_secret',
        RAZORPAY_WEBHOOK_SECRET: 'bench_webhook_secret',
        // Nothing is paid during the benchmark; nothing listens here.
        RAZORPAY_API_URL: 'http://127.0.0.1:9',
      },
      await findFreePort(),
    );
    started.push(api);
    return {
      auth,
      api,
      keys,
      async stop() {
        await Promise.all(started.map((service) => service.stop()));
        await mail.stop();
        await rm(keysDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all(started.map((service) => service.stop()));
    await mail.stop();
    throw error;
  }
}
