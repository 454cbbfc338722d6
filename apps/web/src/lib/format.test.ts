import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatPaise,
  parseCalendarDate,
  todayIsoDate,
} from './format';

/** Every day of a year, as YYYY-MM-DD. */
const daysOf = (year: number) =>
  Array.from({ length: 365 }, (_, index) =>
    new Date(Date.UTC(year, 0, 1 + index)).toISOString().slice(0, 10),
  );

const britishEnglish = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

describe('format', () => {
  it('shows integer paise as rupees with Indian digit grouping', () => {
    expect(formatPaise(129_900)).toBe('₹1,299.00');
    expect(formatPaise(12_345_678_90)).toBe('₹1,23,45,678.90');
    expect(formatPaise(0)).toBe('₹0.00');
  });

  it('shows a calendar date as written, whatever the time zone', () => {
    expect(formatDate('2026-11-27')).toBe('27 Nov 2026');
    expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
  });

  it('writes every day of a year exactly as a browser writes it in British English', () => {
    const short = britishEnglish({ day: 'numeric', month: 'short', year: 'numeric' });
    const long = britishEnglish({ weekday: 'long', day: 'numeric', month: 'long' });
    const longWithYear = britishEnglish({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    for (const day of [...daysOf(2026), ...daysOf(2021)]) {
      const date = new Date(`${day}T00:00:00Z`);
      expect(formatDate(day)).toBe(short.format(date));
      expect(formatLongDate(day, { withYear: false })).toBe(long.format(date));
      expect(formatLongDate(day, { withYear: true })).toBe(longWithYear.format(date));
    }
  });

  it('leaves a text that is no calendar date as it is', () => {
    expect(parseCalendarDate('2026-02-30')).toBeNull();
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
  });

  it('writes rupees exactly as a browser writes them in Indian English', () => {
    const rupees = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' });
    const amounts = [0, 5, 99, 100, 1_05, 99_999, 1_00_000, 12_34_567, 1_23_45_678, 99_99_99_999, -49_900];
    for (let paise = 1; paise < 10 ** 13; paise = paise * 7 + 3) amounts.push(paise);
    for (const paise of amounts) expect(formatPaise(paise)).toBe(rupees.format(paise / 100));
  });

  it('writes a timestamp exactly as a browser writes it in British English, in the local time zone', () => {
    const dateTime = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    for (let hour = 0; hour < 24 * 400; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 59_000);
      expect(formatDateTime(instant.toISOString())).toBe(dateTime.format(instant));
    }
    expect(formatDateTime('not a time')).toBe('not a time');
  });

  it('gives the local calendar date, not the UTC one', () => {
    expect(todayIsoDate(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
    expect(todayIsoDate(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});
