import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../scripts/lib/paths';

/**
 * The production build of apps/web (`vite build`, its own config: manifest on, no source maps), into
 * a directory of this run's own so a developer's apps/web/dist is left alone. Returns that directory.
 */
export async function buildWeb(apiUrl: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'hormohelp-bench-web-'));
  await promisify(execFile)(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: join(ROOT, 'apps/web'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        VITE_API_URL: apiUrl,
        // As the web image builds it: the size does not depend on which script the shop loads.
        VITE_RAZORPAY_CHECKOUT_URL: 'https://checkout.razorpay.com/v1/checkout.js',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return outDir;
}
