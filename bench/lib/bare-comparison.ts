import { isDeepStrictEqual } from 'node:util';
import { best, type LoadResult, runLoad } from './load';
import type { BenchSize } from './options';
import type { BenchService } from './services';
import { getJson } from './timing';

/** One side of a comparison: its load runs, the best of them, and its least CPU per request. */
export interface ComparedSide {
  runs: LoadResult[];
  /** The run with the highest throughput; its p50 and p99 are that same run's. */
  best: LoadResult;
  /** CPU per request of the server process, the least of its runs: less noisy than req/s. */
  cpuUsPerRequest: number;
}

export interface BareComparison {
  /** Both answered the request with deeply equal JSON bodies, checked before any load. */
  sameBody: boolean;
  service: ComparedSide;
  bare: ComparedSide;
  /** Failed requests over every run of both sides. */
  failures: number;
  /** What makes the comparison unequal (different bodies, failed requests); empty when none. */
  notes: string[];
}

function side(runs: LoadResult[]): ComparedSide {
  return {
    runs,
    best: best(runs),
    cpuUsPerRequest: Math.min(...runs.map((run) => run.serverCpuUsPerRequest)),
  };
}

/**
 * A service against its bare node:http ceiling on one authenticated GET. Both must answer 200 with
 * the same body, checked first, so the comparison is of equal work. Then `size.rounds` rounds, each
 * a load run on the bare server followed by one on the service (bare, service, bare, service…), so
 * both see the same machine noise; the better run of each side is what is compared.
 */
export async function compareWithBare(input: {
  service: BenchService;
  bare: BenchService;
  /** How the service is named in notes: 'API', 'auth service'. */
  serviceLabel: string;
  path: string;
  token: string;
  size: BenchSize;
}): Promise<BareComparison> {
  const { service, bare, path, token, size } = input;
  const [serviceBody, bareBody] = await Promise.all([
    getJson(service.url + path, token),
    getJson(bare.url + path, token),
  ]);
  const sameBody = isDeepStrictEqual(serviceBody, bareBody);
  const serviceRuns: LoadResult[] = [];
  const bareRuns: LoadResult[] = [];
  for (let round = 0; round < size.rounds; round += 1) {
    bareRuns.push(await runLoad(bare.url + path, token, size.connections, size.loadSeconds, bare.pid));
    serviceRuns.push(
      await runLoad(service.url + path, token, size.connections, size.loadSeconds, service.pid),
    );
  }
  const failures = [...serviceRuns, ...bareRuns].reduce((sum, run) => sum + run.failures, 0);
  const notes = [
    !sameBody && `the ${input.serviceLabel} and the bare server answered different bodies`,
    failures > 0 && `${failures} failed requests`,
  ].filter((note): note is string => typeof note === 'string');
  return { sameBody, service: side(serviceRuns), bare: side(bareRuns), failures, notes };
}

/**
 * The details a comparison row carries, the service's keys prefixed with `name` ('api', 'auth'):
 * CPU per request, p50 and p99 of the best runs, every run, and the load's shape.
 */
export function comparisonDetails(
  comparison: BareComparison,
  name: string,
  size: BenchSize,
): Record<string, unknown> {
  const { service, bare } = comparison;
  return {
    [`${name}CpuUsPerRequest`]: service.cpuUsPerRequest,
    bareCpuUsPerRequest: bare.cpuUsPerRequest,
    [`${name}P50Ms`]: service.best.p50Ms,
    [`${name}P99Ms`]: service.best.p99Ms,
    bareP50Ms: bare.best.p50Ms,
    bareP99Ms: bare.best.p99Ms,
    runs: { [name]: service.runs, bare: bare.runs },
    connections: size.connections,
    seconds: size.loadSeconds,
  };
}
