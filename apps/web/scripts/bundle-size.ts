/**
 * What the first visit to each route downloads before its page can render, measured on the
 * production build: index.html's entry chunk with every chunk it imports statically, plus each
 * module the route lazily loads (the signed-in layout, then the page) with its static imports, as
 * listed in Vite's manifest. Each file is counted once, gzipped at level 9, in KB of 1,000 bytes.
 * Their dynamic imports load later and are not counted.
 *
 * Run after `vite build` (root: `npm run size`), optionally with the build's directory (default
 * apps/web/dist). Exits 1 when a route is over its budget. The bench's first-load figure
 * (bench/figures/first-load.ts) imports the routes and the rule from here, so both report the same
 * bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface FirstLoadRoute {
  path: string;
  /** The route's short name, in the bench's row ids (`firstload.<name>.js`). */
  name: string;
  /** The modules src/app/routes.tsx lazily loads to render the route: its layout, then its page. */
  modules: string[];
  jsBudgetKb: number;
  cssBudgetKb: number;
}

const PUBLIC_JS_BUDGET_KB = 100;
const SIGNED_IN_JS_BUDGET_KB = 150;
const CSS_BUDGET_KB = 15;
const APP_LAYOUT = 'src/app/layouts/app-layout.tsx';

/** A page a newcomer lands on before signing in, outside any lazily loaded layout. */
const publicRoute = (path: string, name: string, page: string): FirstLoadRoute => ({
  path,
  name,
  modules: [page],
  jsBudgetKb: PUBLIC_JS_BUDGET_KB,
  cssBudgetKb: CSS_BUDGET_KB,
});

/** A page behind the sign-in; inside the app's layout unless `layout` is false (onboarding). */
const signedInRoute = (path: string, name: string, page: string, layout = true): FirstLoadRoute => ({
  path,
  name,
  modules: layout ? [APP_LAYOUT, page] : [page],
  jsBudgetKb: SIGNED_IN_JS_BUDGET_KB,
  cssBudgetKb: CSS_BUDGET_KB,
});

/** Every route with a budget, each with the modules src/app/routes.tsx loads for it. */
export const FIRST_LOAD_ROUTES: FirstLoadRoute[] = [
  publicRoute('/', 'home', 'src/features/home/home-page.tsx'),
  publicRoute('/login', 'login', 'src/features/auth/login-page.tsx'),
  signedInRoute('/onboarding', 'onboarding', 'src/features/onboarding/onboarding-page.tsx', false),
  signedInRoute('/dashboard', 'dashboard', 'src/features/dashboard/dashboard-page.tsx'),
  signedInRoute('/symptom-tracker', 'symptom-tracker', 'src/features/symptoms/symptom-tracker-page.tsx'),
  signedInRoute('/education', 'education', 'src/features/education/education-page.tsx'),
  signedInRoute('/education/:slug', 'article', 'src/features/education/article-page.tsx'),
  signedInRoute('/community', 'community', 'src/features/community/community-page.tsx'),
  signedInRoute('/consultations', 'consultations', 'src/features/consultations/consultations-page.tsx'),
  signedInRoute('/shop', 'shop', 'src/features/shop/shop-page.tsx'),
  signedInRoute('/report', 'report', 'src/features/report/report-page.tsx'),
  signedInRoute('/settings', 'settings', 'src/features/settings/settings-page.tsx'),
];

export interface InitialLoad {
  files: string[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

function readManifest(distDir: string): Manifest {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}: build the web app first.`);
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

/** A chunk, the chunks it imports statically (not its dynamic imports: those load later), and their CSS. */
function addStaticClosure(manifest: Manifest, key: string, files: Set<string>): void {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not a chunk of the build`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) addStaticClosure(manifest, imported, files);
}

function gzipBytes(distDir: string, file: string): number {
  return gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
}

/** The files a route's first visit downloads (see the top of this file) and their gzip bytes. */
export function measureInitialLoad(distDir: string, modules: string[]): InitialLoad {
  const manifest = readManifest(distDir);
  const files = new Set<string>();
  addStaticClosure(manifest, 'index.html', files);
  for (const module of modules) addStaticClosure(manifest, module, files);
  let jsGzipBytes = 0;
  let cssGzipBytes = 0;
  for (const file of files) {
    if (file.endsWith('.js')) jsGzipBytes += gzipBytes(distDir, file);
    else if (file.endsWith('.css')) cssGzipBytes += gzipBytes(distDir, file);
  }
  return { files: [...files].sort(), jsGzipBytes, cssGzipBytes };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Prints each route's first load against its budget; a route over budget also lists its files. */
function report(distDir: string): boolean {
  let isWithinBudgets = true;
  for (const route of FIRST_LOAD_ROUTES) {
    const load = measureInitialLoad(distDir, route.modules);
    const isOver = load.jsGzipBytes > route.jsBudgetKb * 1000 || load.cssGzipBytes > route.cssBudgetKb * 1000;
    if (isOver) isWithinBudgets = false;
    console.log(
      `${isOver ? 'OVER' : 'ok  '} ${route.path.padEnd(18)} JavaScript ${kb(load.jsGzipBytes).padStart(8)} of ${route.jsBudgetKb} KB, CSS ${kb(load.cssGzipBytes)} of ${route.cssBudgetKb} KB`,
    );
    if (isOver) {
      for (const file of load.files) console.log(`       ${file.padEnd(52)} ${kb(gzipBytes(distDir, file))}`);
    }
  }
  return isWithinBudgets;
}

const isRunDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isRunDirectly) {
  const distDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
  try {
    if (report(distDir)) console.log('Every route is within its first-load budget.');
    else {
      console.error('A route is over its first-load budget (gzip, entry plus the route’s own chunks).');
      process.exitCode = 1;
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
