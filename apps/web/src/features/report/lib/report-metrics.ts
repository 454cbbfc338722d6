/** "4.2", or an en dash when there was nothing to average. */
export function formatScore(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}
