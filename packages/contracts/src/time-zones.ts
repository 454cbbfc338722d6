// Plain functions with no zod import, like calendar-days: the web app and both services judge a
// person's time zone and their "today" the same way.

/** The zone of a person who has not said where they are. */
export const DEFAULT_TIME_ZONE = 'UTC';

let knownZones: ReadonlySet<string> | undefined;

/** The IANA zones this runtime lists, `UTC` among them, in the spelling it resolves names to. */
export function listedTimeZones(): ReadonlySet<string> {
  knownZones ??= new Set([...Intl.supportedValuesOf('timeZone'), DEFAULT_TIME_ZONE]);
  return knownZones;
}

/**
 * Whether `name` is an IANA time zone: one of `Intl.supportedValuesOf('timeZone')`, `UTC`, or a
 * name the runtime resolves to one of those (a link such as `Asia/Kolkata` for `Asia/Calcutta`,
 * or `US/Pacific`), since browsers report zones in either spelling. Offsets like `+05:30` are
 * not zones: they ignore daylight saving time.
 */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    return listedTimeZones().has(
      new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone,
    );
  } catch {
    return false;
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A formatter of the calendar day in `timeZone`, made once per zone: making one costs far more than using it. */
function dayFormatOf(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date (`YYYY-MM-DD`) in `timeZone` at the instant `now`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = dayFormatOf(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)!.value;
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
