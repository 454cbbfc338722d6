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
  { id: 'stats.growth', figure: 'Stats: p50 at 1,095 days vs 30 days', unit: 'ms', bar: atMostRatio(2) },
  { id: 'stats.index', figure: 'Stats: plan uses (user_id, date DESC)', unit: 'yes=1', bar: atLeast(1) },
];

const STATS_DAYS = 365; // the widest window the contract allows

export interface StatsGrowthInput {
  api: BenchService;
  databaseUrl: string;
  privateKeyPath: string;
  size: BenchSize;
}

/**
 * GET /api/symptoms/stats?days=365 for the users with 30, 365 and 1,095 days of logs, timed in turn
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
  const timings = await timeWindow(STATS_DAYS);
  // The default 30-day window too: every user then gets the same amount of output, so what remains
  // of the difference is what the length of the history costs (the streaks).
  const defaultWindowTimings = await timeWindow(30);
  const shortest = timings[`${STATS_USER_DAYS[0]} days`]!;
  const longest = timings[`${STATS_USER_DAYS.at(-1)} days`]!;

  const pool = createPool(input.databaseUrl, { max: 1 });
  try {
    const index = await findIndex(pool, 'symptom_logs', '(user_id, date DESC)');
    const { rows } = await pool.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [
      statsUserEmail(STATS_USER_DAYS.at(-1)!),
    ]);
    const captured: CapturedQuery[] = [];
    await getSymptomStats(recordingPool(pool, captured), rows[0]!.id, STATS_DAYS);
    const plans = await Promise.all(captured.map((query) => explainScans(pool, query, 'symptom_logs')));
    const scans = plans.flatMap((plan) => plan.scans);
    const usesIndex = index !== null && scans.length > 0 && scans.every((scan) => scan.index === index);
    return [
      row({
        ...STATS_GROWTH_ROWS[0]!,
        measured: longest.p50Ms,
        ceiling: shortest.p50Ms,
        ceilingLabel: 'p50 at 30 days',
        details: { days: STATS_DAYS, timings, defaultWindowTimings },
      }),
      row({
        ...STATS_GROWTH_ROWS[1]!,
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
