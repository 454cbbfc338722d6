import type { SymptomStats } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { latestCalendarDate } from './latest-calendar-date';
import { SYMPTOM_STATS_SQL } from './stats-query';

interface StatsRow {
  total_logs: number;
  current_streak: number;
  longest_streak: number;
  averages: SymptomStats['averages'];
  top_symptoms: SymptomStats['topSymptoms'];
  series: SymptomStats['series'];
}

/**
 * The dashboard's figures over the last `days` days (today included) and the streaks over all
 * history, computed in SQL. "Today" is judged as leniently as when logging: the date in UTC+14.
 */
export async function getSymptomStats(
  pool: Pool,
  userId: string,
  days: number,
  now: Date = new Date(),
): Promise<SymptomStats> {
  const { rows } = await pool.query<StatsRow>(SYMPTOM_STATS_SQL, [userId, latestCalendarDate(now), days]);
  const row = rows[0]!;
  return {
    days,
    totalLogs: row.total_logs,
    currentStreak: row.current_streak,
    longestStreak: row.longest_streak,
    averages: row.averages,
    topSymptoms: row.top_symptoms,
    series: row.series,
  };
}
