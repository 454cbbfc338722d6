import type { SymptomLog } from '@hormohelp/contracts';
import { datesOf, isWithin } from '@hormohelp/contracts/calendar-days';
import { SCORE_METRICS, type ScoreMetricKey } from '@/lib/score-metrics';
import type { DateRange } from './date-range';

export type Scores = Record<ScoreMetricKey, number | null>;
export type DayPoint = Scores & { date: string };

export interface ReportSummary {
  daysLogged: number;
  totalLogs: number;
  averages: Scores;
  /** One point per calendar day of the range; days without a log carry nulls. */
  series: DayPoint[];
  /** Each symptom with the number of days it was logged, most frequent first. */
  topSymptoms: { symptom: string; count: number }[];
  /** The logs with notes, oldest first. */
  notes: SymptomLog[];
}

function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function averageScores(logs: SymptomLog[]): Scores {
  const scores = {} as Scores;
  for (const metric of SCORE_METRICS) scores[metric.key] = average(logs.map((log) => log[metric.key]));
  return scores;
}

/**
 * Everything the report shows, from the logs of the range. Several logs on one day count as that day
 * once in the trend (their average) and in the symptom counts, like the dashboard's statistics.
 */
export function summarizeLogs(logs: SymptomLog[], range: DateRange): ReportSummary {
  const inRange = logs.filter((log) => isWithin(log.date, range));
  const byDate = new Map<string, SymptomLog[]>();
  for (const log of inRange) byDate.set(log.date, [...(byDate.get(log.date) ?? []), log]);

  const series = datesOf(range).map((date) => ({ date, ...averageScores(byDate.get(date) ?? []) }));

  const symptomDays = new Map<string, Set<string>>();
  for (const log of inRange) {
    for (const symptom of log.symptoms) {
      symptomDays.set(symptom, (symptomDays.get(symptom) ?? new Set()).add(log.date));
    }
  }
  const topSymptoms = [...symptomDays]
    .map(([symptom, days]) => ({ symptom, count: days.size }))
    .sort((a, b) => b.count - a.count || a.symptom.localeCompare(b.symptom));

  const notes = inRange
    .filter((log) => log.notes.trim().length > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

  return {
    daysLogged: byDate.size,
    totalLogs: inRange.length,
    averages: averageScores(inRange),
    series,
    topSymptoms,
    notes,
  };
}
