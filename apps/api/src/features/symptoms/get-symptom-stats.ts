import { lastDays, type SymptomStats } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { todaysDateOf } from '../users/todays-date';
import { type StatsDayRow, SYMPTOM_STATS_SQL } from './stats-query';

interface StatsRow {
  current_streak: number;
  longest_streak: number;
  days: StatsDayRow[];
  top_symptoms: SymptomStats['topSymptoms'];
}

/**
 * The mean to one decimal, from an integer sum and count, rounding halves up as PostgreSQL's
 * round() does. sum * 10 / count is exact whenever it is a half, so no 0.1-style float error creeps in.
 */
const averageOf = (sum: number, count: number) => (count === 0 ? null : Math.round((sum * 10) / count) / 10);

/** Averages from [severity sum, severity count, mood sum, mood count, energy…, sleep…]. */
const scoresOf = (sums: readonly number[]) => ({
  severity: averageOf(sums[0]!, sums[1]!),
  mood: averageOf(sums[2]!, sums[3]!),
  energy: averageOf(sums[4]!, sums[5]!),
  sleep: averageOf(sums[6]!, sums[7]!),
});

const SUM_COLUMNS = [2, 3, 4, 5, 6, 7, 8, 9];

/**
 * The dashboard's figures over the last `days` days (today and the days - 1 before it, as
 * `lastDays` defines them for the web app too) and the streaks over all history up to today, from
 * one SQL statement. Today is the person's, in the time zone of their account.
 */
export async function getSymptomStats(
  pool: Pool,
  userId: string,
  days: number,
  now: Date = new Date(),
): Promise<SymptomStats> {
  const today = await todaysDateOf(pool, userId, now);
  const window = lastDays(today, days);
  const { rows } = await pool.query<StatsRow>(SYMPTOM_STATS_SQL, [userId, window.from, window.to]);
  const row = rows[0]!;
  const sumOf = (column: number) => row.days.reduce((total, day) => total + (day[column] as number), 0);
  return {
    days,
    today,
    totalLogs: sumOf(1),
    currentStreak: row.current_streak,
    longestStreak: row.longest_streak,
    averages: scoresOf(SUM_COLUMNS.map(sumOf)),
    topSymptoms: row.top_symptoms,
    series: row.days.map(([date, _logs, ...sums]) => ({ date, ...scoresOf(sums) })),
  };
}
