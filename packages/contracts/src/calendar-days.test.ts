import { describe, expect, it } from 'vitest';
import { addDays, countDays, datesOf, isWithin, lastDays } from './calendar-days';

describe('addDays', () => {
  it('moves across month and leap-year boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', -365)).toBe('2025-01-01');
  });
});

describe('the last N days', () => {
  it('are today and the N-1 days before it: N days in all', () => {
    const week = lastDays('2026-03-02', 7);
    expect(week).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(countDays(week)).toBe(7);
    expect(countDays(lastDays('2026-03-02', 30))).toBe(30);
  });

  it('take in the day N-1 days ago and leave out the day N days ago', () => {
    const month = lastDays('2026-03-02', 30);
    expect(isWithin(addDays('2026-03-02', -29), month)).toBe(true);
    expect(isWithin(addDays('2026-03-02', -30), month)).toBe(false);
    expect(isWithin('2026-03-02', month)).toBe(true);
    expect(isWithin('2026-03-03', month)).toBe(false);
  });

  it('cross a year end and a leap day', () => {
    expect(lastDays('2027-01-03', 7)).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(datesOf(lastDays('2028-03-01', 3))).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('list every date of a range oldest first, and none of a reversed one', () => {
    expect(datesOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(datesOf({ from: '2026-03-02', to: '2026-03-01' })).toEqual([]);
  });
});
