import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPaise, todayIsoDate } from './format';

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

  it('shows a timestamp with date and time', () => {
    expect(formatDateTime('2026-11-27T08:30:00.000Z')).toMatch(/27 Nov 2026/);
  });

  it('gives the local calendar date, not the UTC one', () => {
    expect(todayIsoDate(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
    expect(todayIsoDate(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});
