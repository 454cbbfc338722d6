/** The longest range a report covers: a year, plus a day so 1 Jan to 1 Jan fits. */
export const MAX_REPORT_DAYS = 366;
export const DEFAULT_REPORT_DAYS = 30;

export interface DateRange {
  from: string;
  to: string;
}

export function shiftIsoDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`, both included. */
export function countDays({ from, to }: DateRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The last 30 days, today included. */
export function defaultRange(today: string): DateRange {
  return { from: shiftIsoDate(today, -(DEFAULT_REPORT_DAYS - 1)), to: today };
}

/** What is wrong with a chosen range, in words, or undefined when it can be reported. */
export function rangeProblem(range: DateRange): string | undefined {
  if (!range.from || !range.to) return 'Choose both dates.';
  if (range.from > range.to) return 'The start date is after the end date.';
  if (countDays(range) > MAX_REPORT_DAYS) return 'Choose a range of one year or less.';
  return undefined;
}
