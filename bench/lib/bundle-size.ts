import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface InitialLoad {
  files: string[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/** A chunk, the chunks it imports statically (not its lazy imports), and all their CSS. */
function staticClosure(manifest: Manifest, key: string, files: Set<string>): void {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build manifest has no ${key}`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files);
}

/**
 * What the browser downloads before a page can render: index.html's entry with everything it
 * imports statically, plus the page's own lazy chunk with its static imports. Each file is counted
 * once, gzipped at level 9. Same rule and compression as apps/web/scripts/bundle-size.ts (`npm run
 * size`), which is a script with no function to import, so both report the same bytes.
 */
export async function measureInitialLoad(distDir: string, pageModule: string): Promise<InitialLoad> {
  const manifest: Manifest = JSON.parse(await readFile(join(distDir, '.vite/manifest.json'), 'utf8'));
  const files = new Set<string>();
  staticClosure(manifest, 'index.html', files);
  staticClosure(manifest, pageModule, files);
  let jsGzipBytes = 0;
  let cssGzipBytes = 0;
  for (const file of files) {
    const size = gzipSync(await readFile(join(distDir, file)), { level: 9 }).length;
    if (file.endsWith('.js')) jsGzipBytes += size;
    else if (file.endsWith('.css')) cssGzipBytes += size;
  }
  return { files: [...files].sort(), jsGzipBytes, cssGzipBytes };
}
