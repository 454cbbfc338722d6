import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig, type UserConfig } from 'vitest/config';

/**
 * index.html paints a static first view (the header and a loading state) with the HTML and the CSS
 * alone, so the entry script is not needed for the first paint: fetch it at low priority, behind the
 * stylesheet, instead of the high priority Chrome gives a module script by default.
 */
function entryScriptAtLowPriority(): Plugin {
  return {
    name: 'entry-script-at-low-priority',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module" crossorigin src=/g,
          '<script type="module" crossorigin fetchpriority="low" src=',
        ),
    },
  };
}

const root = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * A build bakes the checkout script's URL into the bundle, and without one the shop would load the
 * local sandbox's (http://localhost:9090), which a production page's CSP and mixed-content rules
 * block: the payment window would never open. So every `vite build` must be told which script to load.
 */
export function checkoutUrlProblem(env: Record<string, string | undefined>): string | undefined {
  const url = env.VITE_RAZORPAY_CHECKOUT_URL;
  if (url && URL.canParse(url)) return undefined;
  return (
    `VITE_RAZORPAY_CHECKOUT_URL ${url ? `is not a URL (${JSON.stringify(url)})` : 'is not set'}: a build ` +
    "must name the checkout script the browser loads, Razorpay's https://checkout.razorpay.com/v1/checkout.js " +
    "or the sandbox's http://localhost:9090/v1/checkout.js"
  );
}

const config: UserConfig = {
  plugins: [react(), entryScriptAtLowPriority()],
  resolve: { alias: { '@': src } },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  build: {
    // scripts/bundle-size.ts reads the manifest to find what each route loads first.
    manifest: true,
    sourcemap: false,
    target: 'es2020',
    // No <link rel="modulepreload"> for a lazy chunk's imports: Chrome spent 10–25 ms of main thread
    // inserting them for each page a signed-in person opens (40–100 ms of main thread on
    // Lighthouse's slowed phone), more than the round trip they save the chunk's imports, which the
    // browser requests as soon as it has parsed the chunk.
    modulePreload: false,
  },
  test: {
    name: 'web',
    root,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'build') {
    // loadEnv reads apps/web/.env* and the process's own VITE_ variables, which win, as Vite does.
    const problem = checkoutUrlProblem(loadEnv(mode, root, 'VITE_'));
    if (problem) throw new Error(problem);
  }
  return config;
});
