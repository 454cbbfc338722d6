/** `npm run build` for the services, into a directory of the test's own, exactly as the images run it. */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Bundles {
  dir: string;
  auth: string;
  api: string;
  migrate: string;
  reconcile: string;
  authHealthcheck: string;
}

/** Builds auth and api into a fresh directory outside the repository, so nothing resolves from it. */
export async function buildServiceBundles(): Promise<Bundles> {
  const dir = await mkdtemp(join(tmpdir(), 'hormohelp-bundles-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--out', dir, 'auth', 'api'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`npm run build failed (${code}):\n${output}`);
  return {
    dir,
    auth: join(dir, 'auth/main.js'),
    api: join(dir, 'api/main.js'),
    migrate: join(dir, 'api/bin/migrate.js'),
    reconcile: join(dir, 'api/bin/reconcile.js'),
    authHealthcheck: join(dir, 'auth/healthcheck.js'),
  };
}
