// Calendar dates are written from the app's own English names rather than by Intl.DateTimeFormat:
// a calendar date has no time zone to convert, the app is in English only, and a page's first Intl
// formatter costs a mid-range phone about a tenth of a second of main thread (ICU's start-up), which
// the dashboard, drawing nothing but dates, need not pay. Money and timestamps keep Intl, created at
// their first use.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** British English abbreviations, as browsers print them: three letters, four for September. */
const shortMonth = (month: number) => (month === 8 ? 'Sept' : MONTHS[month]!.slice(0, 3));

export interface CalendarDay {
  year: number;
  /** 0 for January, as `Date` counts. */
  month: number;
  day: number;
  /** 0 for Sunday. */
  weekday: number;
}

/** "2026-11-27" (or the date part of a timestamp) as a day on the calendar; null when it is none. */
export function parseCalendarDate(isoDate: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return { year, month, day, weekday: date.getUTCDay() };
}

/** A calendar date "2026-11-27" → "27 Nov 2026", without time-zone drift. */
export function formatDate(isoDate: string): string {
  const day = parseCalendarDate(isoDate);
  return day ? `${day.day} ${shortMonth(day.month)} ${day.year}` : isoDate;
}

/** A calendar date "2026-12-07" → "Monday 7 December", or "Monday, 7 December 2026" with its year. */
export function formatLongDate(isoDate: string, { withYear }: { withYear: boolean }): string {
  const day = parseCalendarDate(isoDate);
  if (!day) return isoDate;
  const weekday = WEEKDAYS[day.weekday]!;
  const dayAndMonth = `${day.day} ${MONTHS[day.month]}`;
  return withYear ? `${weekday}, ${dayAndMonth} ${day.year}` : `${weekday} ${dayAndMonth}`;
}

let rupees: Intl.NumberFormat | undefined;

/** 129900 paise → "₹1,299.00". Money stays integer paise until this moment. */
export function formatPaise(paise: number): string {
  rupees ??= new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' });
  return rupees.format(paise / 100);
}

let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** An ISO timestamp → "27 Nov 2026, 14:05" in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  dateTimeFormat ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return dateTimeFormat.format(date);
}

/** The browser's local calendar date as YYYY-MM-DD (not the UTC date). */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
