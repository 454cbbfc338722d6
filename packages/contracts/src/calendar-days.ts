// Plain functions with no zod import, so the web app computes the same windows as the API without
// bundling the schemas.

const DAY_MS = 86_400_000;

/** A span of calendar days (`YYYY-MM-DD`), `from` and `to` both included. */
export interface DateRange {
  from: string;
  to: string;
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days, across month, year and leap-day boundaries. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`, both included. */
export function countDays({ from, to }: DateRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * "The last `days` days": today and the `days - 1` days before it, in the person's own calendar.
 * Every such window of the product is this one: the dashboard's statistics and chart, and the
 * report's default range.
 */
export function lastDays(today: string, days: number): DateRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** Every date of the range, oldest first. */
export function datesOf(range: DateRange): string[] {
  return Array.from({ length: Math.max(countDays(range), 0) }, (_, index) => addDays(range.from, index));
}

/** Whether `date` falls within the range, its ends included. */
export function isWithin(date: string, { from, to }: DateRange): boolean {
  return date >= from && date <= to;
}
