import type { SymptomStats } from '@hormohelp/contracts';

type Point = SymptomStats['series'][number];

function shiftIsoDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * One point per calendar day of the range, ending today (or on the latest logged day, if the server's
 * clock is ahead), so the x axis is proportional to time; days without a log carry nulls.
 */
export function fillSeries(series: Point[], days: number, today: string): Point[] {
  const byDate = new Map(series.map((point) => [point.date, point]));
  const latest = [today, ...series.map((point) => point.date)].sort().at(-1) ?? today;
  return Array.from({ length: days }, (_, index) => {
    const date = shiftIsoDate(latest, index - (days - 1));
    return byDate.get(date) ?? { date, severity: null, mood: null, energy: null, sleep: null };
  });
}
