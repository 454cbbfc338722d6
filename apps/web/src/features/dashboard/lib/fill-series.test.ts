import { describe, expect, it } from 'vitest';
import { fillSeries } from './fill-series';

const point = (date: string, severity: number) => ({ date, severity, mood: 5, energy: 5, sleep: 5 });

describe('filling the trend series', () => {
  it('gives every day of the range, across a month end, with nulls on the days without a log', () => {
    const filled = fillSeries([point('2026-02-27', 3), point('2026-03-02', 8)], 7, '2026-03-02');
    expect(filled.map((p) => p.date)).toEqual([
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(filled.map((p) => p.severity)).toEqual([null, null, null, 3, null, null, 8]);
  });

  it('starts on the day N-1 days ago with its log, the first day the statistics count', () => {
    const filled = fillSeries([point('2026-02-04', 6), point('2026-03-05', 2)], 30, '2026-03-05');
    expect(filled).toHaveLength(30);
    expect(filled[0]).toEqual(point('2026-02-04', 6));
    expect(filled.at(-1)).toEqual(point('2026-03-05', 2));
  });

  it('ends on today, leaving out a point dated N days ago or after today', () => {
    const filled = fillSeries([point('2026-11-20', 1), point('2026-11-28', 4)], 7, '2026-11-27');
    expect(filled.map((p) => p.date)).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    expect(filled.every((p) => p.severity === null)).toBe(true);
  });
});
