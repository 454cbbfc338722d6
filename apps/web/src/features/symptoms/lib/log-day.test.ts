import { describe, expect, it } from 'vitest';
import { formatLogDay, savedMessage } from './log-day';

describe('formatLogDay', () => {
  const now = new Date(2026, 11, 7, 12);

  it('names a day of this year by weekday, day and month', () => {
    expect(formatLogDay('2026-12-07', now)).toBe('Monday 7 December');
  });

  it('keeps the year of a day from another year, so an old day is not mistaken for a recent one', () => {
    expect(formatLogDay('2021-12-07', now)).toBe('Tuesday, 7 December 2021');
  });
});

describe('savedMessage', () => {
  it('says whether the day was saved new or its log replaced', () => {
    expect(savedMessage('2026-12-07', true)).toMatch(/^Saved for /);
    expect(savedMessage('2026-12-07', false)).toMatch(/^Updated your log for /);
  });
});
