const HOUR_MS = 3_600_000;
/** UTC+14 (Line Islands) is the first place on earth to reach a new calendar day. */
const EARLIEST_OFFSET_MS = 14 * HOUR_MS;
/** UTC−12 (Baker Island) is the last place on earth to leave a calendar day. */
const LATEST_OFFSET_MS = -12 * HOUR_MS;

const dateAt = (now: Date, offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString().slice(0, 10);

/**
 * The newest calendar date anywhere on earth right now: the date in UTC+14. A log dated up to this
 * day is nobody's future, so no person is refused their own local "today", whatever their zone.
 */
export function latestCalendarDate(now: Date = new Date()): string {
  return dateAt(now, EARLIEST_OFFSET_MS);
}

/** The oldest calendar date anywhere on earth right now: the date in UTC−12. */
export function earliestCalendarDate(now: Date = new Date()): string {
  return dateAt(now, LATEST_OFFSET_MS);
}

/** Whether `date` is today somewhere on earth right now: a person's own "today" is always one of these. */
export function isTodaySomewhere(date: string, now: Date = new Date()): boolean {
  return date >= earliestCalendarDate(now) && date <= latestCalendarDate(now);
}
