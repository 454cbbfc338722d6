// The production dependencies of a bundle: what esbuild left out (native addons), copied beside it.
import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ROOT } from './paths';

interface PackageManifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

async function readManifest(packageDir: string): Promise<PackageManifest> {
  return JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as PackageManifest;
}

/** The installed directory of `name` as Node would resolve it from `fromDir`. */
function findInstalled(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Copies each package and its production dependencies, exactly as `npm ci` installed them from the
 * lockfile, into outDir/node_modules: the image's whole production dependency set. The copy is flat,
 * so two versions of one package cannot both be there: that is an error, not a silent pick.
 */
export async function copyProductionDependencies(
  names: string[],
  outDir: string,
): Promise<Record<string, string>> {
  const copied = new Map<string, string>();
  const visit = async (name: string, fromDir: string, optional: boolean) => {
    const installed = findInstalled(name, fromDir);
    if (!installed) {
      if (optional) return;
      throw new Error(`${name} is not installed: run npm ci first`);
    }
    const manifest = await readManifest(installed);
    const previous = copied.get(name);
    if (previous === manifest.version) return;
    if (previous !== undefined)
      throw new Error(
        `${name} is needed at ${previous} and ${manifest.version}; the bundle's node_modules is flat`,
      );
    copied.set(name, manifest.version);
    await cp(installed, join(outDir, 'node_modules', name), { recursive: true, dereference: true });
    for (const dependency of Object.keys(manifest.dependencies ?? {}))
      await visit(dependency, installed, false);
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {}))
      await visit(dependency, installed, true);
  };
  for (const name of names) await visit(name, ROOT, false);
  return Object.fromEntries(names.map((name) => [name, copied.get(name)!]));
}
