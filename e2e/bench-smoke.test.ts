/**
 * `npm run bench` on its small size: it completes, prints the table and writes results with every
 * figure the benchmark reports measured. The bars themselves are for `npm run bench` (full size) to judge, not
 * for this test: on a small database and a shared machine they mean nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freshDatabase } from '@hormohelp/db/testing';
import { describe, expect, it } from 'vitest';
import { API_OVERHEAD_ROWS } from '../bench/figures/api-overhead';
import { AUTH_OVERHEAD_ROWS } from '../bench/figures/auth-overhead';
import { FEED_DEPTH_ROWS } from '../bench/figures/feed-depth';
import { FIRST_LOAD_ROWS } from '../bench/figures/first-load';
import { LOGIN_ROWS } from '../bench/figures/login';
import { isChromiumAvailable, PAGE_QUALITY_ROWS } from '../bench/figures/page-quality';
import { STATS_GROWTH_ROWS } from '../bench/figures/stats-growth';
import type { BenchReport } from '../bench/lib/report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EVERY_FIGURE = [
  ...API_OVERHEAD_ROWS,
  ...AUTH_OVERHEAD_ROWS,
  ...STATS_GROWTH_ROWS,
  ...FEED_DEPTH_ROWS,
  ...LOGIN_ROWS,
  ...FIRST_LOAD_ROWS,
  ...PAGE_QUALITY_ROWS,
].map((spec) => spec.id);

describe('npm run bench --size small', () => {
  it('completes, prints the table and writes every figure with a measured value and a verdict', async () => {
    const database = await freshDatabase();
    const out = join(await mkdtemp(join(tmpdir(), 'bench-smoke-')), 'results.json');
    // DATABASE_URL names the test server: the bench makes (and drops) a database of its own there.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--size', 'small', '--out', out],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, maxBuffer: 16 * 1024 * 1024 },
    );
    expect(stdout).toMatch(/figure\s+measured\s+ceiling\s+ratio\s+bar\s+result/);

    const report: BenchReport = JSON.parse(await readFile(out, 'utf8'));
    expect(report.size).toBe('small');
    expect(report.figures.map((figure) => figure.id).sort()).toEqual([...EVERY_FIGURE].sort());
    for (const figure of report.figures) {
      if (figure.id.startsWith('quality.') && !isChromiumAvailable()) {
        expect(figure.note, figure.id).toBe('skipped: no /usr/bin/chromium');
        continue;
      }
      expect(typeof figure.measured, `${figure.id}: ${figure.note}`).toBe('number');
      expect(typeof figure.ceiling, figure.id).toBe('number');
      expect(typeof figure.ratio, figure.id).toBe('number');
      expect(typeof figure.pass, figure.id).toBe('boolean');
    }
    // Each service and its bare server must have done the same work, without failed requests.
    for (const id of ['api.symptoms', 'api.stats', 'auth.me']) {
      expect(report.figures.find((figure) => figure.id === id)?.note, id).toBeUndefined();
    }
    const login = report.figures.find((figure) => figure.id === 'login.throughput')!;
    // The seed's Argon2id parameters, read back from the hash the login users were given.
    const parameters = String(login.details?.parameters);
    for (const part of [/^argon2id\$/, /\bm=65536\b/, /\bt=3\b/, /\bp=2\b/]) expect(parameters).toMatch(part);
  }, 240_000);
});
