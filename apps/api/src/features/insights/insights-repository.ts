import type { Pool } from '@hormohelp/db';

export interface InsightsRow {
  days_logged: number;
  first_date: string | null;
  last_date: string | null;
  sleep_r: number | null;
  sleep_days: number;
  energy_r: number | null;
  energy_days: number;
  mood_r: number | null;
  mood_days: number;
}

/**
 * Pearson's r (corr()) of each factor with severity over the user's daily averages: several logs on
 * one day count as that day once, so a busy day does not outweigh a quiet one. regr_count gives the
 * days where both scores are present.
 */
export async function selectInsights(pool: Pool, userId: string): Promise<InsightsRow> {
  const { rows } = await pool.query<InsightsRow>(
    `WITH daily AS (
       SELECT date, avg(severity)::float8 AS severity, avg(sleep)::float8 AS sleep,
              avg(energy)::float8 AS energy, avg(mood)::float8 AS mood
         FROM symptom_logs WHERE user_id = $1 GROUP BY date)
     SELECT count(*)::int AS days_logged, min(date) AS first_date, max(date) AS last_date,
            corr(severity, sleep) AS sleep_r, regr_count(severity, sleep)::int AS sleep_days,
            corr(severity, energy) AS energy_r, regr_count(severity, energy)::int AS energy_days,
            corr(severity, mood) AS mood_r, regr_count(severity, mood)::int AS mood_days
       FROM daily`,
    [userId],
  );
  return rows[0]!;
}
