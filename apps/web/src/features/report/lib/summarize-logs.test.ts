import type { SymptomLog } from '@hormohelp/contracts';
import { lastDays } from '@hormohelp/contracts/calendar-days';
import { describe, expect, it } from 'vitest';
import { countDays, defaultRange, rangeProblem } from './date-range';
import { summarizeLogs } from './summarize-logs';

let counter = 0;
function log(date: string, overrides: Partial<SymptomLog> = {}): SymptomLog {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    date,
    symptoms: [],
    notes: '',
    severity: 5,
    mood: 5,
    energy: 5,
    sleep: 5,
    createdAt: `${date}T0${counter % 10}:00:00.000Z`,
    ...overrides,
  };
}

describe('summarising the logs of a report', () => {
  it('averages every log, gives one trend point per day with the mean of that day, and nulls on empty days', () => {
    const summary = summarizeLogs(
      [
        log('2026-03-01', { severity: 8, sleep: 2 }),
        log('2026-03-01', { severity: 4, sleep: 6 }),
        log('2026-03-03', { severity: 3, sleep: 7 }),
      ],
      { from: '2026-02-28', to: '2026-03-03' },
    );
    expect(summary.totalLogs).toBe(3);
    expect(summary.daysLogged).toBe(2);
    expect(summary.averages.severity).toBe(5);
    expect(summary.averages.sleep).toBe(5);
    expect(summary.series.map((point) => [point.date, point.severity])).toEqual([
      ['2026-02-28', null],
      ['2026-03-01', 6],
      ['2026-03-02', null],
      ['2026-03-03', 3],
    ]);
  });

  it('counts each symptom once a day, most frequent first, and keeps only notes that say something, oldest first', () => {
    const summary = summarizeLogs(
      [
        log('2026-03-02', { symptoms: ['Cramps', 'Bloating'], notes: 'Worse after coffee' }),
        log('2026-03-01', { symptoms: ['Cramps'], notes: '   ' }),
        log('2026-03-01', { symptoms: ['Cramps', 'Acne'], notes: 'Started on day 1' }),
      ],
      { from: '2026-03-01', to: '2026-03-02' },
    );
    expect(summary.topSymptoms).toEqual([
      { symptom: 'Cramps', count: 2 },
      { symptom: 'Acne', count: 1 },
      { symptom: 'Bloating', count: 1 },
    ]);
    expect(summary.notes.map((entry) => entry.notes)).toEqual(['Started on day 1', 'Worse after coffee']);
  });

  it('leaves out logs outside the range and says there is nothing to average', () => {
    const summary = summarizeLogs([log('2026-01-01')], { from: '2026-03-01', to: '2026-03-07' });
    expect(summary.totalLogs).toBe(0);
    expect(summary.averages).toEqual({ severity: null, mood: null, energy: null, sleep: null });
    expect(summary.series).toHaveLength(7);
  });
});

describe('the report range', () => {
  it('defaults to the last 30 days, today included, across a month end', () => {
    const range = defaultRange('2026-03-02');
    expect(range).toEqual({ from: '2026-02-01', to: '2026-03-02' });
    expect(countDays(range)).toBe(30);
  });

  it('defaults to the dashboard’s last 30 days: a log 29 days ago is in the report, one 30 days ago is not', () => {
    const range = defaultRange('2026-03-02');
    expect(range).toEqual(lastDays('2026-03-02', 30));
    const summary = summarizeLogs([log('2026-01-31'), log('2026-02-01'), log('2026-03-02')], range);
    expect(summary.totalLogs).toBe(2);
    expect(summary.series[0]).toMatchObject({ date: '2026-02-01', severity: 5 });
    expect(summary.series.at(-1)).toMatchObject({ date: '2026-03-02', severity: 5 });
  });

  it('refuses a reversed range, a missing date and more than a year', () => {
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe(
      'The start date is after the end date.',
    );
    expect(rangeProblem({ from: '', to: '2026-03-01' })).toBe('Choose both dates.');
    expect(rangeProblem({ from: '2025-01-01', to: '2026-01-02' })).toBe(
      'Choose a range of one year or less.',
    );
    expect(rangeProblem({ from: '2025-01-01', to: '2026-01-01' })).toBeUndefined();
  });
});
