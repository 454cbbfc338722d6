import { addDays, countDays, type DateRange, lastDays } from '@hormohelp/contracts/calendar-days';

export type { DateRange };
export { countDays };

/** The longest range a report covers: a year, plus a day so 1 Jan to 1 Jan fits. */
export const MAX_REPORT_DAYS = 366;
export const DEFAULT_REPORT_DAYS = 30;

export const shiftIsoDate = addDays;

/** The last 30 days, today included: the same window as the dashboard's 30 days. */
export function defaultRange(today: string): DateRange {
  return lastDays(today, DEFAULT_REPORT_DAYS);
}

/** What is wrong with a chosen range, in words, or undefined when it can be reported. */
export function rangeProblem(range: DateRange): string | undefined {
  if (!range.from || !range.to) return 'Choose both dates.';
  if (range.from > range.to) return 'The start date is after the end date.';
  if (countDays(range) > MAX_REPORT_DAYS) return 'Choose a range of one year or less.';
  return undefined;
}
