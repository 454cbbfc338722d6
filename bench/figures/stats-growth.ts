import { createPool } from '@hormohelp/db';
import { getSymptomStats } from '../../apps/api/src/features/symptoms/get-symptom-stats';
import { type CapturedQuery, explainScans, findIndex, recordingPool } from '../lib/explain';
import { atLeast, atMostRatio, type FigureRow, row } from '../lib/figure';
import { STATS_USER_DAYS, statsUserEmail } from '../lib/generate-data';
import { timeInterleaved } from '../lib/interleaved';
import type { BenchSize } from '../lib/options';
import type { BenchService } from '../lib/services';
import { getJson } from '../lib/timing';
import { mintAccessTokenFor } from '../lib/tokens';

export const STATS_GROWTH_ROWS = [
  {
    id: 'stats.growth',
    figure: 'Stats: p50 at 1,095 days vs 30 days',
    unit: 'ms',
    bar: atMostRatio(2),
  },
  {
    id: 'stats.growth-year',
    figure: 'Stats, ?days=365: p50 at 1,095 vs 30 days',
    unit: 'ms',
    bar: atMostRatio(2),
    informational: true as const,
  },
  { id: 'stats.index', figure: 'Stats: plan uses (user_id, date DESC)', unit: 'yes=1', bar: atLeast(1) },
];

// The bar's window is the one a person's dashboard asks for, the API's default: every user then gets
// the same 30-point series, so the ratio shows what a longer history costs. With the widest window
// the 1,095-day user gets 365 points against the 30-day user's 30: that row measures output size.
const DEFAULT_DAYS = 30;
const WIDEST_DAYS = 365;

export interface StatsGrowthInput {
  api: BenchService;
  databaseUrl: string;
  privateKeyPath: string;
  size: BenchSize;
}

/**
 * GET /api/symptoms/stats?days=30 (the dashboard's request) and ?days=365 for the users with 30, 365 and 1,095 days of logs, timed in turn
 * through the real API; then every statement the stats use case sends, EXPLAINed for the user with
 * the longest history, to show each scan of symptom_logs goes through the (user_id, date DESC) index.
 */
export async function measureStatsGrowth(input: StatsGrowthInput): Promise<FigureRow[]> {
  const tokens = new Map<number, string>();
  for (const days of STATS_USER_DAYS) {
    tokens.set(days, await mintAccessTokenFor(input.databaseUrl, input.privateKeyPath, statsUserEmail(days)));
  }
  const timeWindow = (window: number) =>
    timeInterleaved(
      Object.fromEntries(
        STATS_USER_DAYS.map((days) => [
          `${days} days`,
          () => getJson(`${input.api.url}/api/symptoms/stats?days=${window}`, tokens.get(days)!),
        ]),
      ),
      input.size.latencySamples,
    );
  const timings = await timeWindow(DEFAULT_DAYS);
  const widestTimings = await timeWindow(WIDEST_DAYS);
  const shortestKey = `${STATS_USER_DAYS[0]} days`;
  const longestKey = `${STATS_USER_DAYS.at(-1)} days`;

  const pool = createPool(input.databaseUrl, { max: 1 });
  try {
    const index = await findIndex(pool, 'symptom_logs', '(user_id, date DESC)');
    const { rows } = await pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [
      statsUserEmail(STATS_USER_DAYS.at(-1)!),
    ]);
    const captured: CapturedQuery[] = [];
    // The plan is checked at the widest window, where the index has the most rows to read.
    await getSymptomStats(recordingPool(pool, captured), rows[0]!.id, WIDEST_DAYS);
    const plans = await Promise.all(captured.map((query) => explainScans(pool, query, 'symptom_logs')));
    const scans = plans.flatMap((plan) => plan.scans);
    const usesIndex = index !== null && scans.length > 0 && scans.every((scan) => scan.index === index);
    return [
      row({
        ...STATS_GROWTH_ROWS[0]!,
        measured: timings[longestKey]!.p50Ms,
        ceiling: timings[shortestKey]!.p50Ms,
        ceilingLabel: 'p50 at 30 days',
        details: { days: DEFAULT_DAYS, timings },
      }),
      row({
        ...STATS_GROWTH_ROWS[1]!,
        measured: widestTimings[longestKey]!.p50Ms,
        ceiling: widestTimings[shortestKey]!.p50Ms,
        ceilingLabel: 'p50 at 30 days',
        details: { days: WIDEST_DAYS, timings: widestTimings },
      }),
      row({
        ...STATS_GROWTH_ROWS[2]!,
        measured: usesIndex ? 1 : 0,
        ...(!usesIndex && { note: `scans of symptom_logs: ${JSON.stringify(scans)}` }),
        details: {
          index,
          scans,
          executionMs: plans.map((plan) => plan.executionMs),
          plans: plans.map((plan) => plan.plan),
        },
      }),
    ];
  } finally {
    await pool.end();
  }
}
