/**
 * The real `vite build` of apps/web, as the web image runs it: a build must name the checkout script
 * the shop loads, and the image's default is Razorpay's own.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWebApp } from '../../e2e/support/web-build';
import { ROOT } from './support/config-variables';
import { argDefault, parseDockerfile } from './support/dockerfile';

const IMAGE_DEFAULT = argDefault(
  parseDockerfile(join(ROOT, 'apps/web/Dockerfile')).stages[0]!,
  'VITE_RAZORPAY_CHECKOUT_URL',
)!;

const outDirs: string[] = [];
afterEach(async () => {
  for (const dir of outDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function build(checkoutUrl: string): Promise<{ outDir: string; error?: Error }> {
  const outDir = await mkdtemp(join(tmpdir(), 'hormohelp-web-build-'));
  outDirs.push(outDir);
  const error = await buildWebApp({ outDir, apiUrl: '', checkoutUrl }).then(
    () => undefined,
    (caught: Error) => caught,
  );
  return { outDir, error };
}

/** The text of every JavaScript file the build wrote. */
async function bundleText(outDir: string): Promise<string> {
  const files = await readdir(join(outDir, 'assets'));
  const scripts = files.filter((name) => name.endsWith('.js'));
  return (await Promise.all(scripts.map((name) => readFile(join(outDir, 'assets', name), 'utf8')))).join(
    '\n',
  );
}

describe('vite build of apps/web', () => {
  it.each([
    ['is not set', '', /VITE_RAZORPAY_CHECKOUT_URL is not set: a build must name the checkout script/],
    ['is not a URL', 'checkout.js', /VITE_RAZORPAY_CHECKOUT_URL is not a URL \("checkout\.js"\)/],
  ])(
    'when VITE_RAZORPAY_CHECKOUT_URL %s, fails with one message naming it and writes nothing',
    async (_situation, url, message) => {
      const { outDir, error } = await build(url);
      expect(error?.message).toMatch(message);
      expect(error?.message.match(/VITE_RAZORPAY_CHECKOUT_URL/g)).toHaveLength(1);
      expect(await readdir(outDir)).toEqual([]);
    },
  );

  it("with the web image's default, the shop loads Razorpay's checkout script and never the sandbox's", async () => {
    expect(IMAGE_DEFAULT).toBe('https://checkout.razorpay.com/v1/checkout.js');
    const { outDir, error } = await build(IMAGE_DEFAULT);
    expect(error).toBeUndefined();
    const bundle = await bundleText(outDir);
    expect(bundle).toContain(IMAGE_DEFAULT);
    expect(bundle).not.toContain('localhost:9090');
  }, 180_000);
});
