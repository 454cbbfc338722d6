import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  plugins: [react(), entryScriptAtLowPriority()],
  resolve: { alias: { '@': src } },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  build: {
    // scripts/bundle-size.ts reads the manifest to find what each route loads first.
    manifest: true,
    sourcemap: false,
    target: 'es2020',
  },
  test: {
    name: 'web',
    root: fileURLToPath(new URL('.', import.meta.url)),
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
