import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchSize {
  name: 'small' | 'full';
  /** Users holding the bulk of the symptom logs, and logs per such user. */
  bulkUsers: number;
  logsPerUser: number;
  posts: number;
  /** The feed page whose latency is compared with the first page's (20 posts a page). */
  deepPage: number;
  /** Sequential requests timed per stats user and per feed page. */
  latencySamples: number;
  /** Seconds per autocannon run, and its connections. */
  loadSeconds: number;
  connections: number;
  /** Seconds of logins per round, and the concurrent clients. */
  loginSeconds: number;
  loginClients: number;
  /** Logins fired at once while the auth service's peak memory is read. */
  loginBurst: number;
  /** Lighthouse runs per page; the run with the median performance score is reported. */
  lighthouseRuns: number;
  /** Rounds of each alternating comparison (bare, service, bare, service…); the better of each is kept. */
  rounds: number;
}

const SIZES: Record<BenchSize['name'], BenchSize> = {
  full: {
    name: 'full',
    bulkUsers: 10_000,
    logsPerUser: 100,
    posts: 100_000,
    deepPage: 500,
    latencySamples: 200,
    loadSeconds: 10,
    connections: 50,
    loginSeconds: 10,
    loginClients: 8,
    loginBurst: 100,
    lighthouseRuns: 3,
    rounds: 3,
  },
  small: {
    name: 'small',
    bulkUsers: 200,
    logsPerUser: 100,
    posts: 1_000,
    deepPage: 40,
    latencySamples: 30,
    loadSeconds: 1,
    connections: 50,
    loginSeconds: 1,
    loginClients: 8,
    loginBurst: 8,
    lighthouseRuns: 1,
    rounds: 1,
  },
};

/** The figures, by the name `--only` takes. */
export const FIGURE_GROUPS = ['api', 'auth', 'stats', 'feed', 'login', 'first-load', 'quality'] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

export interface BenchOptions {
  size: BenchSize;
  /** Where results.json is written. */
  out: string;
  /** The figures to measure (`--only api,stats`; all by default; `--no-lighthouse` drops quality). */
  groups: Set<FigureGroup>;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'full' },
      out: { type: 'string', default: 'bench/results.json' },
      only: { type: 'string' },
      'no-lighthouse': { type: 'boolean', default: false },
    },
  });
  const size = SIZES[values.size as BenchSize['name']];
  if (!size) throw new Error(`--size must be small or full, not ${values.size}`);
  const only = values.only?.split(',').map((name) => name.trim()) ?? [...FIGURE_GROUPS];
  const unknown = only.filter((name) => !FIGURE_GROUPS.includes(name as FigureGroup));
  if (unknown.length) throw new Error(`--only takes ${FIGURE_GROUPS.join(', ')}; not ${unknown.join(', ')}`);
  const groups = new Set(only as FigureGroup[]);
  if (values['no-lighthouse']) groups.delete('quality');
  return { size, out: resolve(values.out), groups };
}
