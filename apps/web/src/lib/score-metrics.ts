/** The four 1–10 scores, each with a colour and a dash so a chart also reads without colour vision or in print. */
export const SCORE_METRICS = [
  { key: 'severity', label: 'Severity', color: '#98488a', dash: '' },
  { key: 'mood', label: 'Mood', color: '#1f625c', dash: '6 3' },
  { key: 'energy', label: 'Energy', color: '#b45309', dash: '2 3' },
  { key: 'sleep', label: 'Sleep', color: '#1d4ed8', dash: '10 4 2 4' },
] as const;

export type ScoreMetricKey = (typeof SCORE_METRICS)[number]['key'];

export type ScorePoint = { date: string } & Record<ScoreMetricKey, number | null>;

/** "4.2", or an en dash when there was nothing to average. */
export function formatScore(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}
