import { describe, expect, it } from 'vitest';
import { isTimeZone, todayIn } from './time-zones';

describe('isTimeZone', () => {
  it('accepts the zones the runtime lists, UTC, and the links browsers report', () => {
    for (const name of [
      'Europe/London',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'UTC',
      'Asia/Kolkata',
      'Asia/Calcutta',
      'US/Pacific',
    ]) {
      expect(isTimeZone(name), name).toBe(true);
    }
    expect(Intl.supportedValuesOf('timeZone').every(isTimeZone)).toBe(true);
  });

  it('refuses offsets, abbreviations of nothing, made-up places and over-long names', () => {
    for (const name of ['+05:30', 'Mars/Olympus_Mons', '', 'Europe/London '.repeat(6), 'Local']) {
      expect(isTimeZone(name), name).toBe(false);
    }
  });
});

describe('todayIn', () => {
  const instant = new Date('2026-12-07T10:30:00Z');

  it('is already tomorrow in Kiritimati (UTC+14) while it is still yesterday in Los Angeles', () => {
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2026-12-08');
    expect(todayIn('UTC', instant)).toBe('2026-12-07');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-12-07');
    expect(todayIn('America/Los_Angeles', new Date('2026-12-07T07:59:59Z'))).toBe('2026-12-06');
    expect(todayIn('America/Los_Angeles', new Date('2026-12-07T08:00:00Z'))).toBe('2026-12-07');
  });

  it('follows daylight saving time and half-hour offsets', () => {
    // Los Angeles is UTC−7 in summer: midnight is at 07:00 UTC.
    expect(todayIn('America/Los_Angeles', new Date('2026-07-01T06:59:59Z'))).toBe('2026-06-30');
    expect(todayIn('America/Los_Angeles', new Date('2026-07-01T07:00:00Z'))).toBe('2026-07-01');
    // Kolkata is UTC+5:30 all year.
    expect(todayIn('Asia/Kolkata', new Date('2026-12-31T18:29:59Z'))).toBe('2026-12-31');
    expect(todayIn('Asia/Kolkata', new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01');
  });
});
