import type { SymptomStats } from '@hormohelp/contracts';
import { datesOf, lastDays } from '@hormohelp/contracts/calendar-days';

type Point = SymptomStats['series'][number];

/**
 * One point per calendar day of the last `days` days, today included: the window the statistics
 * were computed over when the API was given the same `today`, so the x axis starts where the data
 * does and is proportional to time. Days without a log carry nulls.
 */
export function fillSeries(series: Point[], days: number, today: string): Point[] {
  const byDate = new Map(series.map((point) => [point.date, point]));
  return datesOf(lastDays(today, days)).map(
    (date) => byDate.get(date) ?? { date, severity: null, mood: null, energy: null, sleep: null },
  );
}
