import { describe, expect, it } from 'vitest';
import { addDays, latestCalendarDate } from './latest-calendar-date';

describe('latestCalendarDate', () => {
  it('turns to the next day at 10:00 UTC, when midnight reaches UTC+14', () => {
    expect(latestCalendarDate(new Date('2026-11-27T09:59:59.999Z'))).toBe('2026-11-27');
    expect(latestCalendarDate(new Date('2026-11-27T10:00:00.000Z'))).toBe('2026-11-28');
  });

  it('is a day ahead of UTC in the last hours of the UTC day, at the turn of the year too', () => {
    const now = new Date('2026-12-31T23:30:00Z');
    expect(latestCalendarDate(now)).toBe('2027-01-01');
  });
});

describe('addDays', () => {
  it('moves across month and leap-year boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', -365)).toBe('2025-01-01');
  });
});
