import { isDeepStrictEqual } from 'node:util';
import { findFreePort } from '@hormohelp/db';
import pg from 'pg';
import { atLeastRatio, atMost, type FigureRow, row } from '../lib/figure';
import { best, type LoadResult, runLoad } from '../lib/load';
import { readPeakMemoryMb, resetPeakMemory } from '../lib/memory';
import type { BenchSize } from '../lib/options';
import { type BenchService, startNodeService } from '../lib/services';
import { getJson, round } from '../lib/timing';

export const API_OVERHEAD_ROWS = [
  {
    id: 'api.symptoms',
    figure: 'API overhead: GET /api/symptoms (20 rows)',
    unit: 'req/s',
    bar: atLeastRatio(0.8),
  },
  { id: 'api.stats', figure: 'API overhead: GET /api/symptoms/stats', unit: 'req/s', bar: atLeastRatio(0.8) },
  { id: 'memory.api', figure: 'Memory: API peak RSS under load', unit: 'MB', bar: atMost(250) },
];

const ENDPOINTS = [
  { id: 'api.symptoms', path: '/api/symptoms' },
  { id: 'api.stats', path: '/api/symptoms/stats' },
];

export interface ApiOverheadInput {
  api: BenchService;
  databaseUrl: string;
  publicKeyPath: string;
  token: string;
  size: BenchSize;
}

async function connectionsByApplication(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ name: string; n: number }>(
      `SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name IN ('api', 'bench-bare') GROUP BY 1`,
    )
    .finally(() => client.end());
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/**
 * The API against the bare server, alternately (bare, api, bare, api) so both see the same machine
 * noise; the better run of each side is compared. Both answer the same request with the same body,
 * checked first, so the comparison is of equal work. The API's peak RSS is read over its load runs.
 */
export async function measureApiOverhead(input: ApiOverheadInput): Promise<FigureRow[]> {
  const { api, size, token } = input;
  const bare = await startNodeService(
    'bare',
    'bench/bare-server/main.ts',
    { DATABASE_URL: input.databaseUrl, AUTH_PUBLIC_KEY_PATH: input.publicKeyPath },
    await findFreePort(),
  );
  try {
    const rows: FigureRow[] = [];
    await resetPeakMemory(api.pid);
    for (const endpoint of ENDPOINTS) {
      const [apiBody, bareBody] = await Promise.all([
        getJson(api.url + endpoint.path, token),
        getJson(bare.url + endpoint.path, token),
      ]);
      const sameBody = isDeepStrictEqual(apiBody, bareBody);
      const runs: Record<'api' | 'bare', LoadResult[]> = { api: [], bare: [] };
      for (let round = 0; round < size.rounds; round += 1) {
        runs.bare.push(
          await runLoad(bare.url + endpoint.path, token, size.connections, size.loadSeconds, bare.pid),
        );
        runs.api.push(
          await runLoad(api.url + endpoint.path, token, size.connections, size.loadSeconds, api.pid),
        );
      }
      const apiBest = best(runs.api);
      const bareBest = best(runs.bare);
      const failures = [...runs.api, ...runs.bare].reduce((sum, run) => sum + run.failures, 0);
      const notes = [
        !sameBody && 'the API and the bare server answered different bodies',
        failures > 0 && `${failures} failed requests`,
      ].filter(Boolean);
      rows.push(
        row({
          ...API_OVERHEAD_ROWS.find((spec) => spec.id === endpoint.id)!,
          measured: round(apiBest.requestsPerSecond, 0),
          ceiling: round(bareBest.requestsPerSecond, 0),
          ceilingLabel: 'bare node:http',
          ...(notes.length && { note: notes.join('; ') }),
          details: {
            // CPU per request of each server process, the least of its runs: less noisy than req/s.
            apiCpuUsPerRequest: Math.min(...runs.api.map((run) => run.serverCpuUsPerRequest)),
            bareCpuUsPerRequest: Math.min(...runs.bare.map((run) => run.serverCpuUsPerRequest)),
            apiP50Ms: apiBest.p50Ms,
            apiP99Ms: apiBest.p99Ms,
            bareP50Ms: bareBest.p50Ms,
            bareP99Ms: bareBest.p99Ms,
            runs,
            connections: size.connections,
            seconds: size.loadSeconds,
          },
        }),
      );
    }
    const apiPeakMb = await readPeakMemoryMb(api.pid);
    const pools = await connectionsByApplication(input.databaseUrl);
    for (const r of rows) r.details = { ...r.details, databaseConnections: pools };
    rows.push(
      row({
        ...API_OVERHEAD_ROWS[2]!,
        measured: round(apiPeakMb, 1),
        details: {
          during: `${size.connections} connections, ${ENDPOINTS.length * size.rounds} runs of ${size.loadSeconds} s`,
        },
      }),
    );
    return rows;
  } finally {
    await bare.stop();
  }
}
