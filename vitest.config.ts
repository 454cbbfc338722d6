import { defineConfig } from 'vitest/config';

// One runner for every automated check that is not lint or types: unit, integration (real
// PostgreSQL), and browser tests. Each project is a part of the system; the database cluster is
// started once for the whole run and every test file takes its own fresh database from it.
export default defineConfig({
  test: {
    globalSetup: ['packages/db/src/vitest-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'packages', include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'auth', include: ['apps/auth/**/*.test.ts'] } },
      { extends: true, test: { name: 'api', include: ['apps/api/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'deploy', include: ['deploy/test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['e2e/**/*.test.ts'] },
      },
      // The web app's unit tests run in jsdom with its own Vite config (apps/web/vite.config.ts).
      'apps/*/vite.config.ts',
      {
        extends: true,
        test: {
          name: 'tools',
          include: [
            'apps/mail-catcher/**/*.test.ts',
            'apps/razorpay-sandbox/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
    ],
  },
});
