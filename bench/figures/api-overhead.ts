import { findFreePort } from '@hormohelp/db';
import { compareWithBare, comparisonDetails } from '../lib/bare-comparison';
import { connectionsByApplication } from '../lib/database';
import { atLeastRatio, atMost, atMostRatio, type FigureRow, row } from '../lib/figure';
import { readPeakMemoryMb, resetPeakMemory } from '../lib/memory';
import type { BenchSize } from '../lib/options';
import { type BenchService, startNodeService } from '../lib/services';
import { round } from '../lib/timing';

export const API_OVERHEAD_ROWS = [
  {
    id: 'api.symptoms',
    figure: 'API overhead: GET /api/symptoms (20 rows)',
    unit: 'req/s',
    bar: atLeastRatio(0.85),
  },
  { id: 'api.symptoms.p99', figure: 'API tail: GET /api/symptoms p99', unit: 'ms', bar: atMostRatio(1.3) },
  {
    id: 'api.stats',
    figure: 'API overhead: GET /api/symptoms/stats',
    unit: 'req/s',
    bar: atLeastRatio(0.85),
  },
  { id: 'api.stats.p99', figure: 'API tail: GET /api/symptoms/stats p99', unit: 'ms', bar: atMostRatio(1.3) },
  { id: 'memory.api', figure: 'Memory: API peak RSS under load', unit: 'MB', bar: atMost(250) },
];

const ENDPOINTS = [
  { id: 'api.symptoms', path: '/api/symptoms' },
  { id: 'api.stats', path: '/api/symptoms/stats' },
];

const spec = (id: string) => API_OVERHEAD_ROWS.find((candidate) => candidate.id === id)!;

export interface ApiOverheadInput {
  api: BenchService;
  databaseUrl: string;
  publicKeyPath: string;
  token: string;
  size: BenchSize;
}

/**
 * The API against the bare server on each endpoint (compareWithBare: same body first, then bare
 * and API alternately, the better run of each compared): its throughput, and the p99 latency of
 * that same best run against the bare server's. The API's peak RSS is read over its load runs.
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
      const comparison = await compareWithBare({
        service: api,
        bare,
        serviceLabel: 'API',
        path: endpoint.path,
        token,
        size,
      });
      const { notes } = comparison;
      const details = comparisonDetails(comparison, 'api', size);
      rows.push(
        row({
          ...spec(endpoint.id),
          measured: round(comparison.service.best.requestsPerSecond, 0),
          ceiling: round(comparison.bare.best.requestsPerSecond, 0),
          ceilingLabel: 'bare node:http',
          ...(notes.length && { note: notes.join('; ') }),
          details,
        }),
        row({
          ...spec(`${endpoint.id}.p99`),
          measured: round(comparison.service.best.p99Ms, 1),
          ceiling: round(comparison.bare.best.p99Ms, 1),
          ceilingLabel: 'bare node:http',
          ...(notes.length && { note: notes.join('; ') }),
          details: {
            apiP50Ms: comparison.service.best.p50Ms,
            bareP50Ms: comparison.bare.best.p50Ms,
            of: `the best run (highest req/s) of each side, as in ${endpoint.id}`,
          },
        }),
      );
    }
    const apiPeakMb = await readPeakMemoryMb(api.pid);
    const pools = await connectionsByApplication(input.databaseUrl, ['api', 'bench-bare']);
    for (const r of rows) r.details = { ...r.details, databaseConnections: pools };
    rows.push(
      row({
        ...spec('memory.api'),
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
