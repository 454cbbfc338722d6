import { describe, expect, it } from 'vitest';
import { earliestCalendarDate, isTodaySomewhere, latestCalendarDate } from './latest-calendar-date';

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

describe('earliestCalendarDate', () => {
  it('turns to the next day at 12:00 UTC, when midnight reaches UTC−12', () => {
    expect(earliestCalendarDate(new Date('2026-11-27T11:59:59.999Z'))).toBe('2026-11-26');
    expect(earliestCalendarDate(new Date('2026-11-27T12:00:00.000Z'))).toBe('2026-11-27');
  });
});

describe('isTodaySomewhere', () => {
  it('takes the three dates that are today somewhere between 10:00 and 12:00 UTC, and no other', () => {
    const now = new Date('2026-11-27T11:00:00Z');
    expect(['2026-11-26', '2026-11-27', '2026-11-28'].map((date) => isTodaySomewhere(date, now))).toEqual([
      true,
      true,
      true,
    ]);
    expect(isTodaySomewhere('2026-11-25', now)).toBe(false);
    expect(isTodaySomewhere('2026-11-29', now)).toBe(false);
  });
});
