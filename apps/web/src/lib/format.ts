// Dates, times and money are written by these functions rather than by Intl: the app is in English
// only, its currency is the rupee, and a page's first Intl formatter costs a mid-range phone about a
// tenth of a second of main thread (ICU's start-up), paid on every page that shows a date. The tests
// hold each function to what Intl writes for the same value (en-GB dates, en-IN rupees).
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

/** "27 Nov 2026" from a day, a month counted from 0 and a year. */
const shortDay = (day: number, month: number, year: number) => `${day} ${shortMonth(month)} ${year}`;

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
  return day ? shortDay(day.day, day.month, day.year) : isoDate;
}

/** A calendar date "2026-12-07" → "Monday 7 December", or "Monday, 7 December 2026" with its year. */
export function formatLongDate(isoDate: string, { withYear }: { withYear: boolean }): string {
  const day = parseCalendarDate(isoDate);
  if (!day) return isoDate;
  const weekday = WEEKDAYS[day.weekday]!;
  const dayAndMonth = `${day.day} ${MONTHS[day.month]}`;
  return withYear ? `${weekday}, ${dayAndMonth} ${day.year}` : `${weekday} ${dayAndMonth}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Indian digit grouping: the last three digits, then pairs ("1,23,45,678"). */
function groupIndian(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  const pairs = head.replace(/\B(?=(\d{2})+$)/g, ',');
  return `${pairs},${digits.slice(-3)}`;
}

/** 129900 paise → "₹1,299.00". Money stays integer paise until this moment. */
export function formatPaise(paise: number): string {
  const whole = Math.abs(Math.round(paise));
  const rupees = groupIndian(String(Math.floor(whole / 100)));
  return `${paise < 0 ? '-' : ''}₹${rupees}.${pad(whole % 100)}`;
}

/** An ISO timestamp → "27 Nov 2026, 14:05" in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = shortDay(date.getDate(), date.getMonth(), date.getFullYear());
  return `${day}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The browser's local calendar date as YYYY-MM-DD (not the UTC date). */
export function todayIsoDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
