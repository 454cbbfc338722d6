/**
 * autocannon (which ships no types) with the part of its API the load tests use: a sequence of
 * requests per connection, each built just before it is sent (`setupRequest`) and shown its answer
 * (`onResponse`), with a per-connection context that starts afresh at the top of each sequence.
 */
import { createRequire } from 'node:module';

export type LoadContext = Record<string, unknown>;

export interface LoadRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadStep {
  setupRequest(request: LoadRequest, context: LoadContext): LoadRequest;
  onResponse(status: number, body: string, context: LoadContext): void;
}

interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
}

export interface LoadResult {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
  duration: number;
}

type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: Array<LoadStep & { method: string }>;
}) => Promise<LoadResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** `connections` keep-alive clients loop over `steps` for `seconds`. */
export function runLoad(url: string, connections: number, seconds: number, steps: LoadStep[]) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 20,
    requests: steps.map((step) => ({ method: 'GET', ...step })),
  });
}

/** Per-route tallies of what was sent and what came back. */
export function createTally() {
  const statuses = new Map<string, Map<number, number>>();
  return {
    record(route: string, status: number) {
      const byStatus = statuses.get(route) ?? new Map<number, number>();
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      statuses.set(route, byStatus);
    },
    /** e.g. { 'POST /api/symptoms': { 201: 1234 } } */
    summary(): Record<string, Record<number, number>> {
      return Object.fromEntries(
        [...statuses].map(([route, byStatus]) => [route, Object.fromEntries(byStatus)]),
      );
    },
  };
}
