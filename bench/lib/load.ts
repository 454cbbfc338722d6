import autocannon from 'autocannon';
import { readCpuMs } from './memory';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses other than 2xx, plus connection errors and timeouts. */
  failures: number;
  /** CPU the server process spent per request during the run, in µs. */
  serverCpuUsPerRequest: number;
}

/**
 * `connections` keep-alive clients hammering one authenticated GET for `seconds`, while the CPU time
 * of the server process (`serverPid`) is read before and after.
 */
export async function runLoad(
  url: string,
  token: string,
  connections: number,
  seconds: number,
  serverPid: number,
): Promise<LoadResult> {
  const cpuBefore = await readCpuMs(serverPid);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    serverCpuUsPerRequest: Math.round(
      (((await readCpuMs(serverPid)) - cpuBefore) * 1000) / result.requests.total,
    ),
  };
}

/** The better of several runs: highest throughput, and the p99 of that same run. */
export function best(results: LoadResult[]): LoadResult {
  return results.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
}
