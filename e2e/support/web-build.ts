import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface WebBuildSettings {
  /** An empty directory of the caller's (a static server may already be serving it). */
  outDir: string;
  /** VITE_API_URL: where the browser sends /api and /auth calls. */
  apiUrl: string;
  /** VITE_RAZORPAY_CHECKOUT_URL: the checkout script the shop loads. */
  checkoutUrl: string;
}

/**
 * The production build of apps/web (`vite build` with its own config) for one platform, into a temp
 * directory of the caller's: the URLs are baked into the bundle, so each platform needs its own build,
 * and a developer's apps/web/dist is left alone.
 */
export async function buildWebApp({ outDir, ...settings }: WebBuildSettings): Promise<void> {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  try {
    await promisify(execFile)(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: join(ROOT, 'apps/web'),
        env: {
          ...process.env,
          NODE_ENV: 'production',
          VITE_API_URL: settings.apiUrl,
          VITE_RAZORPAY_CHECKOUT_URL: settings.checkoutUrl,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`vite build of apps/web failed:\n${output.stderr ?? ''}${output.stdout ?? ''}`);
  }
}
