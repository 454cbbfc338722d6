/** The four scores, each with a colour and dash so the chart also reads without colour vision. */
export const METRICS = [
  { key: 'severity', label: 'Severity', color: '#98488a', dash: '' },
  { key: 'mood', label: 'Mood', color: '#1f625c', dash: '6 3' },
  { key: 'energy', label: 'Energy', color: '#b45309', dash: '2 3' },
  { key: 'sleep', label: 'Sleep', color: '#1d4ed8', dash: '10 4 2 4' },
] as const;

export type MetricKey = (typeof METRICS)[number]['key'];
