/**
 * What the first visit to a route downloads, measured on the production build: the entry chunk, every
 * chunk it imports statically, and the route's lazy page chunk with its static imports, as listed in
 * Vite's manifest. Run after `vite build` (root: `npm run size`). Exits 1 when the initial JavaScript
 * for `/` is over budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

const BUDGET_BYTES = 100 * 1000;
const ROUTES: Record<string, string> = {
  '/': 'src/features/home/home-page.tsx',
  '/login': 'src/features/auth/login-page.tsx',
};

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run "npm run build -w @hormohelp/web" first.`);
  process.exit(2);
}
const manifest: Manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** The chunk and everything it imports statically (not its dynamic imports: those load later). */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen);
  return seen;
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error('The manifest has no entry chunk');

let isOverBudget = false;
for (const [route, pageSource] of Object.entries(ROUTES)) {
  if (!manifest[pageSource]) throw new Error(`${pageSource} is not a chunk of the build`);
  const keys = new Set([...staticClosure(entryKey), ...staticClosure(pageSource)]);
  const jsFiles = [...keys].map((key) => manifest[key]?.file).filter((file): file is string => !!file);
  const cssFiles = [...new Set([...keys].flatMap((key) => manifest[key]?.css ?? []))];
  const js = jsFiles.reduce((total, file) => total + gzipSize(file), 0);
  const css = cssFiles.reduce((total, file) => total + gzipSize(file), 0);
  console.log(`${route}: JavaScript ${kb(js)} gzip in ${jsFiles.length} files, CSS ${kb(css)} gzip`);
  for (const file of jsFiles) console.log(`  ${file.padEnd(48)} ${kb(gzipSize(file))}`);
  if (route === '/' && js > BUDGET_BYTES) isOverBudget = true;
}

if (isOverBudget) {
  console.error(`The initial JavaScript for / is over the budget of ${kb(BUDGET_BYTES)} gzip.`);
  process.exit(1);
}
console.log(`Within budget: initial JavaScript for / at most ${kb(BUDGET_BYTES)} gzip.`);
