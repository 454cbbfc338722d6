/**
 * Every figure of GET /api/symptoms/stats in one statement over one user's logs, so the numbers are
 * one consistent snapshot. Each scan of symptom_logs is bounded by `user_id = $1` (and the window's
 * dates), which the (user_id, date DESC) index serves.
 *
 * $1 user id, $2 today (the newest calendar date on earth), $3 the window in days, ending today.
 * Streaks count calendar days with at least one log: gaps-and-islands, where consecutive days share
 * `date - row_number()`. The current streak is the island that ends today or yesterday.
 */
export const SYMPTOM_STATS_SQL = `
WITH window_logs AS (
  SELECT date, symptoms, severity, mood, energy, sleep
    FROM symptom_logs
   WHERE user_id = $1 AND date > $2::date - $3::int AND date <= $2::date
),
log_days AS (
  SELECT DISTINCT date FROM symptom_logs WHERE user_id = $1 AND date <= $2::date
),
islands AS (
  SELECT max(date) AS last_day, count(*)::int AS length
    FROM (SELECT date, date - (row_number() OVER (ORDER BY date))::int AS island FROM log_days) numbered
   GROUP BY island
),
top_symptoms AS (
  SELECT symptom, count(*)::int AS count
    FROM window_logs, jsonb_array_elements_text(symptoms) AS symptom
   GROUP BY symptom
   ORDER BY count(*) DESC, symptom
   LIMIT 5
),
series AS (
  SELECT date,
         round(avg(severity), 1)::float8 AS severity,
         round(avg(mood), 1)::float8 AS mood,
         round(avg(energy), 1)::float8 AS energy,
         round(avg(sleep), 1)::float8 AS sleep
    FROM window_logs
   GROUP BY date
)
SELECT
  (SELECT count(*)::int FROM window_logs) AS total_logs,
  (SELECT coalesce(max(length), 0) FROM islands WHERE last_day >= $2::date - 1) AS current_streak,
  (SELECT coalesce(max(length), 0) FROM islands) AS longest_streak,
  (SELECT json_build_object(
            'severity', round(avg(severity), 1)::float8,
            'mood', round(avg(mood), 1)::float8,
            'energy', round(avg(energy), 1)::float8,
            'sleep', round(avg(sleep), 1)::float8)
     FROM window_logs) AS averages,
  (SELECT coalesce(json_agg(json_build_object('symptom', symptom, 'count', count) ORDER BY count DESC, symptom), '[]')
     FROM top_symptoms) AS top_symptoms,
  (SELECT coalesce(json_agg(json_build_object(
            'date', to_char(date, 'YYYY-MM-DD'), 'severity', severity, 'mood', mood, 'energy', energy, 'sleep', sleep)
            ORDER BY date), '[]')
     FROM series) AS series
`;
