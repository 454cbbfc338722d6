/**
 * Every figure of GET /api/symptoms/stats in one statement over one user's logs, so the numbers are
 * one consistent snapshot. Each scan of symptom_logs is bounded by `user_id = $1` (and the window's
 * dates), which the (user_id, date DESC) index serves.
 *
 * $1 user id, $2 the window's first day, $3 its last day: the person's today; both included.
 *
 * - `days`: one compact row per calendar day with a log in the window, [date, logs, then the sum and
 *   count of each score], so the caller derives the daily series, the averages and the total with
 *   exact integer arithmetic; building one JSON object per day here costs twice as much.
 * - Streaks count calendar days with at least one log: gaps-and-islands, where consecutive days
 *   share `date - row_number()`. The current streak is the island that ends today or yesterday; the
 *   longest looks at the whole history.
 * - `top_symptoms`: the five most frequent symptoms in the window, ties by name.
 */
export const SYMPTOM_STATS_SQL = `
WITH days AS (
  SELECT date, count(*)::int AS logs,
         sum(severity)::int AS severity_sum, count(severity)::int AS severity_n,
         sum(mood)::int AS mood_sum, count(mood)::int AS mood_n,
         sum(energy)::int AS energy_sum, count(energy)::int AS energy_n,
         sum(sleep)::int AS sleep_sum, count(sleep)::int AS sleep_n
    FROM symptom_logs
   WHERE user_id = $1 AND date BETWEEN $2::date AND $3::date
   GROUP BY date
),
islands AS (
  SELECT max(date) AS last_day, count(*)::int AS length
    FROM (SELECT date, date - (row_number() OVER (ORDER BY date))::int AS island
            FROM (SELECT DISTINCT date FROM symptom_logs WHERE user_id = $1 AND date <= $3::date) log_days
         ) numbered
   GROUP BY island
)
SELECT
  (SELECT coalesce(max(length), 0) FROM islands WHERE last_day >= $3::date - 1) AS current_streak,
  (SELECT coalesce(max(length), 0) FROM islands) AS longest_streak,
  (SELECT coalesce(json_agg(json_build_array(date, logs, severity_sum, severity_n, mood_sum, mood_n,
                                             energy_sum, energy_n, sleep_sum, sleep_n) ORDER BY date), '[]')
     FROM days) AS days,
  (SELECT coalesce(json_agg(json_build_object('symptom', symptom, 'count', count) ORDER BY count DESC, symptom), '[]')
     FROM (SELECT symptom, count(*)::int AS count
             FROM symptom_logs, jsonb_array_elements_text(symptoms) AS symptom
            WHERE user_id = $1 AND date BETWEEN $2::date AND $3::date
            GROUP BY symptom
            ORDER BY count(*) DESC, symptom
            LIMIT 5) top) AS top_symptoms
`;

/** One element of `days`: [date, logs, severity sum, severity count, mood…, energy…, sleep…]. */
export type StatsDayRow = [
  date: string,
  logs: number,
  severitySum: number,
  severityCount: number,
  moodSum: number,
  moodCount: number,
  energySum: number,
  energyCount: number,
  sleepSum: number,
  sleepCount: number,
];
