import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT as repoRoot } from './lib/paths';

const run = promisify(execFile);

interface Diagnostic {
  category: string;
  location: { path: string };
}

/**
 * The repository's own lint configuration run over a few files laid out as the web app is: which
 * files break the import rules, by path. The files live in a scratch copy, so the repository's
 * tree is never touched.
 */
async function restrictedImportsIn(files: Record<string, string>): Promise<string[]> {
  const config = JSON.parse(await readFile(join(repoRoot, 'biome.json'), 'utf8'));
  delete config.$schema;
  await writeFile(join(scratch, 'biome.json'), JSON.stringify(config));
  for (const [path, source] of Object.entries(files)) {
    await mkdir(dirname(join(scratch, path)), { recursive: true });
    await writeFile(join(scratch, path), source);
  }
  const biome = join(repoRoot, 'node_modules/.bin/biome');
  const output = await run(biome, ['lint', '--vcs-enabled=false', '--reporter=json', ...Object.keys(files)], {
    cwd: scratch,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const { diagnostics } = JSON.parse(output.stdout) as { diagnostics: Diagnostic[] };
  return diagnostics
    .filter((diagnostic) => diagnostic.category === 'lint/style/noRestrictedImports')
    .map((diagnostic) => diagnostic.location.path)
    .sort();
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'hormohelp-import-rules-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the web app import rules', () => {
  it('let a feature import shared code, the contracts, the session and its own files', async () => {
    const source = [
      "import { useAuth } from '@/features/auth';",
      "import { Button } from '@/components/button';",
      "import { api } from '@/lib/api-client';",
      "import type { Post } from '@hormohelp/contracts';",
      "import { cartQueryOptions } from '../api/cart';",
      '',
      'export const used = [useAuth, Button, api, cartQueryOptions] as unknown as Post[];',
      '',
    ].join('\n');
    expect(await restrictedImportsIn({ 'apps/web/src/features/shop/components/fine.ts': source })).toEqual(
      [],
    );
  });

  it("refuse a feature reaching into another feature, the session's inner files or the app shell", async () => {
    const importing = (from: string) => `import { x } from '${from}';\n\nexport const used = x;\n`;
    expect(
      await restrictedImportsIn({
        'apps/web/src/features/shop/a.ts': importing('@/features/community/api/posts'),
        'apps/web/src/features/shop/b.ts': importing('@/features/auth/use-auth'),
        'apps/web/src/features/shop/components/c.ts': importing('../../community/api/posts'),
        'apps/web/src/features/shop/d.ts': importing('@/app/routes'),
      }),
    ).toEqual([
      'apps/web/src/features/shop/a.ts',
      'apps/web/src/features/shop/b.ts',
      'apps/web/src/features/shop/components/c.ts',
      'apps/web/src/features/shop/d.ts',
    ]);
  });

  it('refuse shared components and lib code importing a feature', async () => {
    const importing = (from: string) => `import { x } from '${from}';\n\nexport const used = x;\n`;
    expect(
      await restrictedImportsIn({
        'apps/web/src/components/e.ts': importing('@/features/auth'),
        'apps/web/src/lib/f.ts': importing('../features/shop/api/cart'),
      }),
    ).toEqual(['apps/web/src/components/e.ts', 'apps/web/src/lib/f.ts']);
  });
});
