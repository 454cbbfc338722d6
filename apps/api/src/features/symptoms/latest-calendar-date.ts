const DAY_MS = 86_400_000;
/** UTC+14 (Line Islands) is the first place on earth to reach a new calendar day. */
const EARLIEST_OFFSET_MS = 14 * 3_600_000;

/**
 * The newest calendar date anywhere on earth right now: the date in UTC+14. A log dated up to this
 * day is nobody's future, so no person is refused their own local "today", whatever their zone.
 */
export function latestCalendarDate(now: Date = new Date()): string {
  return new Date(now.getTime() + EARLIEST_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
