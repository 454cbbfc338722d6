// npm run build [-- [--out DIR] [auth] [api] [web]]: what the production images run.
//
//   DIR/auth/main.js          the auth service, one ESM file (node DIR/auth/main.js)
//   DIR/api/main.js           the API, one ESM file
//   DIR/api/bin/migrate.js    the migration CLI, with DIR/api/migrations and DIR/api/seed beside it
//   DIR/api/bin/reconcile.js  one reconciliation pass over pending Razorpay orders, by hand
//   DIR/<app>/healthcheck.js  the container health check (distroless images have no curl)
//   DIR/<app>/node_modules    only the native packages left out of the bundle, with their dependencies
//   apps/web/dist             the SPA (vite build), when apps/web/index.html exists
//
// DIR defaults to dist/. Bundles need neither tsx nor the workspace's node_modules at run time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { runtimeAssets, withoutEmbeddedPostgres } from './lib/bundle-plugins';
import { ROOT } from './lib/paths';
import { copyProductionDependencies } from './lib/production-dependencies';

/** Native addons cannot be bundled: they are loaded from node_modules beside the bundle. */
const NATIVE_PACKAGES = { auth: ['argon2'], api: [] as string[] };
/** pg loads pg-native only when asked for `pg.native`, which this product never does. */
const NEVER_LOADED = ['pg-native', 'pg-cloudflare'];

// CommonJS dependencies inside an ESM bundle still call require() for Node's built-ins.
const BANNER = [
  "import { createRequire as __hhCreateRequire } from 'node:module';",
  'const require = __hhCreateRequire(import.meta.url);',
].join('\n');

type Target = 'auth' | 'api' | 'web';

function parseArguments(argv: string[]): { outDir: string; targets: Target[] } {
  let outDir = join(ROOT, 'dist');
  const targets: Target[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--out' && argv[index + 1]) outDir = resolve(argv[++index]!);
    else if (argument === 'auth' || argument === 'api' || argument === 'web') targets.push(argument);
    else throw new Error(`unknown argument ${argument}; usage: build [--out DIR] [auth] [api] [web]`);
  }
  return { outDir, targets: targets.length ? targets : ['auth', 'api', 'web'] };
}

async function bundle(
  entryPoints: Record<string, string>,
  outDir: string,
  external: string[],
): Promise<void> {
  const assets = new Map<string, string>();
  await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    external: [...external, ...NEVER_LOADED],
    banner: { js: BANNER },
    plugins: [withoutEmbeddedPostgres, runtimeAssets(assets)],
    logLevel: 'warning',
  });
  for (const [relativePath, from] of assets) await cp(from, join(outDir, relativePath));
}

async function buildService(name: 'auth' | 'api', outRoot: string): Promise<void> {
  const outDir = join(outRoot, name);
  await rm(outDir, { recursive: true, force: true });
  const entryPoints: Record<string, string> = {
    main: join(ROOT, 'apps', name, 'src/main.ts'),
    healthcheck: join(ROOT, 'deploy/runtime/healthcheck.ts'),
  };
  if (name === 'api') {
    entryPoints['bin/migrate'] = join(ROOT, 'packages/db/src/cli.ts');
    entryPoints['bin/reconcile'] = join(ROOT, 'apps/api/src/features/orders/reconcile-command.ts');
  }
  await bundle(entryPoints, outDir, NATIVE_PACKAGES[name]);
  if (name === 'api') {
    // packages/db/src/migrate.ts finds its SQL at ../migrations and ../seed from its own file.
    await cp(join(ROOT, 'packages/db/migrations'), join(outDir, 'migrations'), { recursive: true });
    await cp(join(ROOT, 'packages/db/seed'), join(outDir, 'seed'), { recursive: true });
  }
  const dependencies = await copyProductionDependencies(NATIVE_PACKAGES[name], outDir);
  const manifest = { name: `@hormohelp/${name}-bundle`, private: true, type: 'module', dependencies };
  await writeFile(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`built ${name} → ${outDir}`);
}

async function buildWeb(): Promise<void> {
  const webDir = join(ROOT, 'apps/web');
  if (!existsSync(join(webDir, 'index.html'))) {
    console.log('apps/web/index.html does not exist yet: no web build');
    return;
  }
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [vite, 'build'], { cwd: webDir, stdio: 'inherit' });
    child.on('exit', done);
  });
  if (code !== 0) throw new Error(`vite build failed (exit code ${code})`);
  console.log(`built web → ${join(webDir, 'dist')}`);
}

try {
  const { outDir, targets } = parseArguments(process.argv.slice(2));
  await mkdir(outDir, { recursive: true });
  for (const target of targets) {
    if (target === 'web') await buildWeb();
    else await buildService(target, outDir);
  }
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
