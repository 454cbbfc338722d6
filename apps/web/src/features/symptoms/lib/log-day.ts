import { formatLongDate } from '@/lib/format';

/**
 * A calendar date "2026-12-07" → "Monday 7 December", the way a person names the day they logged;
 * a day of another year keeps its year ("Tuesday, 7 December 2021").
 */
export function formatLogDay(isoDate: string, now: Date = new Date()): string {
  return formatLongDate(isoDate, { withYear: !isoDate.startsWith(String(now.getFullYear())) });
}

/** The confirmation of a save: a new day's log, or the day's log replaced. */
export function savedMessage(date: string, isNew: boolean): string {
  return isNew ? `Saved for ${formatLogDay(date)}` : `Updated your log for ${formatLogDay(date)}`;
}
